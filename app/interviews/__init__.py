"""Interviews: a form filled on this laptop, from the first answer to the case events it records.

The door (what the rest of the application calls):

- ``interview.Interview``: one form being filled; every answer saved at once as the draft,
  finished into an immutable submission and the case events the form declares;
- ``form_library.FormLibrary``: the forms this laptop can fill, shipped and published, by id and
  version, with the shipped versions an interview started on kept in the workspace (versions
  published to the team arrive through app/team/form_versions.py);
- ``entity_lists``: the one-row ``cases.csv`` a form reads about the case it was opened from;
- ``attachments``: the photos and scans answering image and file questions, kept in the encrypted
  store on this laptop (carrying them to other laptops is the team layer's, app/team/attachment_sync.py).

It stands on app/cases/, app/workspace/, app/text/ and forms/, and knows neither the interface
nor the command line (tests/test_layering.py). Nothing is imported here.
"""
