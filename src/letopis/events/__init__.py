"""Events, quotes and facts: the layer that answers who did what to whom, when and where."""
from .extract import find_events
from .facts import find_facts
from .quotes import find_quotes

__all__ = ["find_events", "find_facts", "find_quotes"]
