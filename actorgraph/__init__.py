"""actorgraph: who accuses, threatens and sanctions whom, from English news."""

__version__ = "0.1.0"
