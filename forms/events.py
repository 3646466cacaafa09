"""What happens at a form's events, as ODK defines them.

- *first load* (a new submission): metadata preloads -- ``start``, ``today``, ``deviceid``,
  ``username`` (from the app's properties), ``instanceID`` -- and ``odk-instance-first-load``
  setvalues (XLSForm dynamic defaults such as ``today()``);
- *new repeat*: ``odk-new-repeat`` setvalues for the new instance (defaults inside repeats);
- *value changed*: ``xforms-value-changed`` setvalues (XLSForm ``trigger`` column) fire when the
  question they sit in changes;
- *finishing*: ``end`` is stamped.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from forms.dates import format_datetime_string
from forms.instance import Node

if TYPE_CHECKING:
    from forms.session import FormSession


def first_load(session: FormSession) -> None:
    now = session.env.now()
    for bind in session.definition.binds.values():
        if not bind.preload:
            continue
        params = bind.preload_params or ""
        for node in session.nodes(bind.gpath):
            if bind.preload == "uid":
                node.value = f"uuid:{uuid.UUID(int=session.env.rng.getrandbits(128), version=4)}"
            elif bind.preload == "timestamp" and params == "start":
                node.value = format_datetime_string(now)
            elif bind.preload == "date" and params == "today":
                node.value = now.date().isoformat()
            elif bind.preload == "property":
                node.value = session.properties.get(params, "")
    for sv in session.definition.setvalues:
        if sv.event == "odk-instance-first-load" and sv.value:
            for node in session.nodes(sv.ref):
                node.value = session.as_stored(node, session.eval_for(sv.value, node, "default"))


def new_repeat(session: FormSession, instance: Node) -> None:
    for sv in session.definition.setvalues:
        if sv.event == "odk-new-repeat" and sv.value and sv.ref.startswith(instance.gpath + "/"):
            for node in (n for n in instance.iter() if n.gpath == sv.ref):
                node.value = session.as_stored(node, session.eval_for(sv.value, node, "default"))


def value_changed(session: FormSession, source: Node) -> None:
    for sv in session.definition.setvalues:
        if sv.event != "xforms-value-changed" or sv.source != source.gpath or not sv.value:
            continue
        targets = session.eval_for(sv.ref, source, "trigger")  # contextualised to the repeat
        for target in targets if isinstance(targets, list) else []:
            if isinstance(target, Node):
                value = session.eval_for(sv.value, source, "trigger")
                session.store(target, session.as_stored(target, value))


def finishing(session: FormSession) -> None:
    for bind in session.definition.binds.values():
        if bind.preload == "timestamp" and bind.preload_params == "end":
            for node in session.nodes(bind.gpath):
                session.store(node, format_datetime_string(session.env.now()))
