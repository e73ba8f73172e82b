"""Language analysis: natasha (slovnet + navec) behind small adapters."""
from .analyse import analyse
from .models import Models, load_models

__all__ = ["Models", "analyse", "load_models"]
