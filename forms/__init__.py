"""fieldcase's form engine: XLSForm -> XForm (pyxform) -> FormDefinition -> FormSession.

Qt-free; the only file it reads is the form itself (``load_form``); drafts and submissions are
returned as values for the app to encrypt and store. See docs/form-authoring.md.

The public API::

    definition = load_form(path)                      # FormLoadError names sheet/row or element
    session = FormSession(definition, language="km", normaliser=hook, properties={...})
    session.set_answer("family[2]/name", "Dara"); session.clear_answer("age")
    session.add_repeat("family"); session.remove_repeat("family[2]")
    session.field_states(); session.validate(); session.complete
    draft = to_draft(session); session = resume(definition, draft)
    submission = finish(session)                      # .xml bytes, .to_json()
"""

from forms import functions as _functions  # registers the XPath function library
from forms.definition import FormDefinition
from forms.errors import AnswerError, EvaluationError, ExpressionError, FormError, FormLoadError
from forms.load import load_form, load_markdown, load_xform, load_xlsform
from forms.normalise import TextNormaliser
from forms.session import FieldState, FormSession
from forms.submission import Submission, draft_bytes, finish, resume, to_draft

__all__ = [
    "AnswerError",
    "EvaluationError",
    "ExpressionError",
    "FieldState",
    "FormDefinition",
    "FormError",
    "FormLoadError",
    "FormSession",
    "Submission",
    "TextNormaliser",
    "_functions",
    "draft_bytes",
    "finish",
    "load_form",
    "load_markdown",
    "load_xform",
    "load_xlsform",
    "resume",
    "to_draft",
]
