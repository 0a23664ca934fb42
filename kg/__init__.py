"""diplomatic-kg: a knowledge graph of diplomatic relations."""

__version__ = "0.1.0"
