"""The workspace database's migrations, one module per area of the schema.

Each module holds the migration functions of its area; the order they run in, and the name each is
recorded under, is the one list in app/workspace/schema.py. The tables of every area are created
here, in the workspace package, because the database is one file opened by one store; the code that
reads and writes them lives in its own package.
"""
