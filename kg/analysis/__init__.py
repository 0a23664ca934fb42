"""Alliance analysis: agreement, blocs and shifts over a state x roll-call vote matrix."""

#: the agreement methods: Voeten's index, the US State Department's voting coincidence (its
#: rule picked by the period's year, or forced with a rule of ``COINCIDENCE_RULES``) and the
#: reports' pre-2017 "votes only" figure
METHODS = ("voeten", "coincidence", "votes-only")
#: the coincidence rules by the first report that used them (see kg.analysis.agreement)
COINCIDENCE_RULES = ("2017", "2021", "votes-only")
#: scores over fewer joint votes than this are flagged ``low_count``
DEFAULT_MIN_JOINT_VOTES = 10
