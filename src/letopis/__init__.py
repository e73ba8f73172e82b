"""letopis: political events and their actors from Russian-language news."""

__version__ = "0.1.0"
