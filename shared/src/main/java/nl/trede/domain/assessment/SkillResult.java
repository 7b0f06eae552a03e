package nl.trede.domain.assessment;

/** A taalmeter's verdict on one skill: "Als het resultaat een onvoldoende laat zien, is dat reden om een vervolgtraject in te zetten" (000 §5.2). */
public enum SkillResult { SUFFICIENT, INSUFFICIENT }
