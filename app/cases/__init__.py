"""Cases: a person's whole story as an append-only log of events that every laptop folds alike.

Read ``app/cases/README.md`` for the algorithm in prose before the code.
"""
