"""What happens at a form's events, as ODK defines them.

- *first load* (a new submission): metadata preloads -- ``start``, ``today``, ``deviceid``,
  ``username`` (from the app's properties), ``instanceID`` -- and ``odk-instance-first-load``
  setvalues (XLSForm dynamic defaults such as ``today()``);
- *new repeat*: ``odk-new-repeat`` setvalues for the new instance (defaults inside repeats);
- *value changed*: ``xforms-value-changed`` setvalues (XLSForm ``trigger`` column) fire when the
  question they sit in changes;
- *finishing*: ``end`` is stamped.

``odk:setgeopoint`` actions (XLSForm ``start-geopoint``, or a ``geopoint`` with a trigger) take the
device's location from the session's ``location`` provider; a laptop without one leaves the
answer blank, as Collect does when no fix comes.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from forms.dates import format_datetime_string
from forms.definition import SetValue
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
        if sv.event == "odk-instance-first-load" and (sv.value or sv.geopoint):
            for node in session.nodes(sv.ref):
                node.value = _action_value(session, sv, node, "default")


def new_repeat(session: FormSession, instance: Node) -> None:
    for sv in session.definition.setvalues:
        if (
            sv.event == "odk-new-repeat"
            and (sv.value or sv.geopoint)
            and sv.ref.startswith(instance.gpath + "/")
        ):
            for node in (n for n in instance.iter() if n.gpath == sv.ref):
                node.value = _action_value(session, sv, node, "default")


def value_changed(session: FormSession, source: Node) -> None:
    for sv in session.definition.setvalues:
        if sv.event != "xforms-value-changed" or sv.source != source.gpath:
            continue
        if not (sv.value or sv.geopoint):
            continue
        targets = session.eval_for(sv.ref, source, "trigger")  # contextualised to the repeat
        for target in targets if isinstance(targets, list) else []:
            if isinstance(target, Node):
                session.store(target, _action_value(session, sv, source, "trigger", target))


def _action_value(
    session: FormSession, sv: SetValue, node: Node, attribute: str, target: Node | None = None
) -> str:
    if sv.geopoint:
        return session.location() or ""
    value = session.eval_for(sv.value or "''", node, attribute)
    return session.as_stored(target if target is not None else node, value)


def finishing(session: FormSession) -> None:
    for bind in session.definition.binds.values():
        if bind.preload == "timestamp" and bind.preload_params == "end":
            for node in session.nodes(bind.gpath):
                session.store(node, format_datetime_string(session.env.now()))
