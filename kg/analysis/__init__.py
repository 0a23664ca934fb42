"""Alliance analysis: agreement, blocs and shifts over a state x roll-call vote matrix."""

#: the agreement methods: Voeten's index and the US State Department's voting coincidence
METHODS = ("voeten", "coincidence")
#: scores over fewer joint votes than this are flagged ``low_count``
DEFAULT_MIN_JOINT_VOTES = 10
