"""Alliance analysis: agreement, blocs and shifts over a state x roll-call vote matrix.

The method names, coincidence rules and the joint-vote floor are :mod:`kg.defaults`'.
"""

from kg.defaults import COINCIDENCE_RULES, METHODS
from kg.defaults import MIN_JOINT_VOTES as DEFAULT_MIN_JOINT_VOTES

__all__ = ["COINCIDENCE_RULES", "DEFAULT_MIN_JOINT_VOTES", "METHODS"]
