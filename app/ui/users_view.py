"""Users and roles, for supervisors: who may open this workspace, and as what.

Every change goes through ``Session`` on the database thread (the core checks the role again, so
hiding this screen from other roles is a courtesy, not the protection). The table is read again
after each change; a refusal from the core is shown in the person's words through
``describe_error``. The table is a view of ``UsersModel`` (app/ui/users_model.py) through a sort
proxy: click a header (or focus it and press Space) to sort; the selection follows the user, not
the row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.ui.duress_box import DuressBox
from app.ui.enter_key import SectionDefault, never_on_enter
from app.ui.error_text import describe_error
from app.ui.headers import fit_headers
from app.ui.main_window import role_name
from app.ui.users_model import UserColumn, UsersModel, UsersSortProxy
from app.workspace.roles import Role

if TYPE_CHECKING:
    from app.ui.tasks import TaskRunner
    from app.workspace.session import Session, UserInfo


def _language() -> str:
    return QLocale().name().split("_")[0] or "en"


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_name(role), role.value)
    combo.setCurrentIndex(combo.findData(Role.SOCIAL_WORKER.value))
    return combo


class UsersDialog(QDialog):
    """The users of this workspace: add one, change a role, disable, enable, set a password."""

    def __init__(self, runner: TaskRunner, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.session = session
        self.users: list[UserInfo] = []
        self.busy = False

        self.model = UsersModel(self, _language())
        self.proxy = UsersSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UserColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the forms beside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            UserColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        fit_headers(self.table.horizontalHeader())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        # A new user.
        self.new_box = QGroupBox()
        self.new_name = QLineEdit()
        self.new_role = _role_combo()
        self.new_password = _password_field()
        self.new_password_again = _password_field()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.new_form = QFormLayout(self.new_box)
        self.new_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.new_labels,
            (self.new_name, self.new_role, self.new_password, self.new_password_again),
            strict=True,
        ):
            label.setBuddy(field)
            self.new_form.addRow(label, field)
        self.new_form.addRow(self.add_button)

        # The user selected in the table.
        self.chosen_box = QGroupBox()
        self.chosen_role = _role_combo()
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self._change_role)
        self.chosen_password = _password_field()
        self.chosen_password_again = _password_field()
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self._set_password)
        self.enable_button = QPushButton()
        self.enable_button.clicked.connect(self._enable)
        self.disable_button = QPushButton()
        self.disable_button.clicked.connect(self._disable)
        chosen_form = QFormLayout(self.chosen_box)
        self.chosen_labels = [QLabel() for _ in range(3)]
        role_row = QHBoxLayout()
        role_row.addWidget(self.chosen_role, 1)
        role_row.addWidget(self.role_button)
        chosen_form.addRow(self.chosen_labels[0], role_row)
        chosen_form.addRow(self.chosen_labels[1], self.chosen_password)
        chosen_form.addRow(self.chosen_labels[2], self.chosen_password_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.enable_button)
        buttons.addStretch(1)
        buttons.addWidget(self.disable_button)
        chosen_form.addRow(buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        sides = QHBoxLayout()
        sides.addWidget(self.table, 3)
        forms = QVBoxLayout()
        forms.addWidget(self.chosen_box)
        forms.addWidget(self.new_box)
        self.duress = DuressBox(runner, session, self)
        forms.addWidget(self.duress)
        forms.addStretch(1)
        # The boxes beside the table scroll when a language's longer text needs more height than
        # the dialog has: a squeezed box would cut its explanation off (issue 17, defect 7).
        forms_page = QWidget()
        forms_page.setLayout(forms)
        forms_area = QScrollArea()
        forms_area.setWidget(forms_page)
        forms_area.setWidgetResizable(True)
        forms_area.setFrameShape(QFrame.Shape.NoFrame)
        forms_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        forms_area.setMinimumWidth(forms_page.minimumSizeHint().width())
        sides.addWidget(forms_area, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(sides, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.close_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(960, 680)
        # Enter presses the action of the section typed in; never a duress or disable button.
        never_on_enter(self.disable_button, self.duress.set_button, self.duress.remove_button)
        self.enter_key = SectionDefault(self, self._enter_action)
        self.retranslate()
        self._selected()
        self.reload()

    def _enter_action(self, focused: QWidget) -> QPushButton | None:
        """The button Enter presses while ``focused`` has the keyboard (see app/ui/enter_key.py):
        Add user in "Add a user"; Change role or Set password (Enable, for a disabled user) in
        "Selected user"; nothing in the duress box or elsewhere."""
        if self.new_box.isAncestorOf(focused):
            return self.add_button
        if focused is self.chosen_role:
            return self.role_button
        if self.chosen_box.isAncestorOf(focused):
            return self.enable_button if self.enable_button.isVisible() else self.password_button
        return None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users and roles"))
        self.model.retranslate(_language())
        self.new_box.setTitle(self.tr("Add a user"))
        texts = [
            self.tr("&Name"),
            self.tr("&Role"),
            self.tr("&Password"),
            self.tr("Password &again"),
        ]
        for label, text in zip(self.new_labels, texts, strict=True):
            label.setText(text)
        self.add_button.setText(self.tr("A&dd user"))  # Alt+A is "Password &again"
        self.chosen_box.setTitle(self.tr("Selected user"))
        texts = [self.tr("Role"), self.tr("New password"), self.tr("New password again")]
        for label, text in zip(self.chosen_labels, texts, strict=True):
            label.setText(text)
        self.role_button.setText(self.tr("Change role"))
        self.password_button.setText(self.tr("Set password"))
        self.enable_button.setText(self.tr("Enable with this password"))
        self.disable_button.setText(self.tr("Disable"))
        self.close_button.setText(self.tr("Close"))
        self.duress.retranslate()
        for i, role in enumerate(Role):
            self.new_role.setItemText(i, role_name(role))
            self.chosen_role.setItemText(i, role_name(role))
        self._fill()

    # -- reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        session = self.session
        self._run(session.users, self._loaded)

    def _loaded(self, users: list[UserInfo]) -> None:
        self.users = users
        self._fill()

    def _fill(self) -> None:
        chosen = self.chosen_name()
        self.model.set_users(self.users)
        if chosen is not None:
            self.select(chosen)
        self._selected()

    def chosen_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        user = self.proxy.user_at(rows[0].row()) if rows else None
        return None if user is None else user.name

    def select(self, name: str) -> None:
        row = self.proxy.row_of(name)
        if row is not None:
            self.table.selectRow(row)

    def shown_rows(self) -> list[list[str]]:
        """The table's texts as the person sees them, in the order shown."""
        return [
            [str(self.proxy.index(r, c).data()) for c in range(self.proxy.columnCount())]
            for r in range(self.proxy.rowCount())
        ]

    def _selected(self) -> None:
        name = self.chosen_name()
        user = next((u for u in self.users if u.name == name), None)
        self.chosen_box.setEnabled(user is not None)
        if user is None:
            return
        self.chosen_role.setCurrentIndex(self.chosen_role.findData(user.role.value))
        self.enable_button.setVisible(user.disabled)
        self.password_button.setVisible(not user.disabled)
        self.disable_button.setVisible(not user.disabled)
        self.role_button.setEnabled(not user.disabled)

    # -- changes --------------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``work`` runs on the database thread and must not touch widgets."""
        self.busy = True
        self.error.clear()

        def succeeded(result: Any) -> None:
            if not isValid(self):  # closed at a lock meanwhile
                return
            self.busy = False
            done(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.busy = False
            self.message.clear()
            self.error.setText(describe_error(exc))

        self.runner.run_database(work, succeeded, failed)

    def _changed(self, message: str) -> Callable[[Any], None]:
        def done(_: Any) -> None:
            self.message.setText(message)
            self.reload()

        return done

    def _passwords(self, first: QLineEdit, second: QLineEdit) -> str | None:
        if first.text() != second.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            return None
        if not first.text():
            self.error.setText(self.tr("Please type the password twice."))
            return None
        return first.text()

    def _add(self) -> None:
        name = self.new_name.text().strip()
        password = self._passwords(self.new_password, self.new_password_again)
        if password is None:
            return
        role = Role(self.new_role.currentData())
        session = self.session
        for field in (self.new_name, self.new_password, self.new_password_again):
            field.clear()
        self._run(
            lambda: session.add_user(name, role, password),
            self._changed(self.tr("%1 can now log in on this laptop.").replace("%1", name)),
        )

    def _change_role(self) -> None:
        name = self.chosen_name()
        if name is None:
            return
        role = Role(self.chosen_role.currentData())
        session = self.session
        message = self.tr("%1 is now: %2").replace("%1", name).replace("%2", role_name(role))
        self._run(lambda: session.set_role(name, role), self._changed(message))

    def _set_password(self) -> None:
        name = self.chosen_name()
        password = self._passwords(self.chosen_password, self.chosen_password_again)
        if name is None or password is None:
            return
        self._clear_chosen_passwords()
        session = self.session
        message = self.tr("The password of %1 was changed.").replace("%1", name)
        self._run(lambda: session.set_password(name, password), self._changed(message))

    def _enable(self) -> None:
        name = self.chosen_name()
        password = self._passwords(self.chosen_password, self.chosen_password_again)
        if name is None or password is None:
            return
        self._clear_chosen_passwords()
        session = self.session
        message = self.tr("%1 can log in again with the new password.").replace("%1", name)
        self._run(lambda: session.enable_user(name, password), self._changed(message))

    def _disable(self) -> None:
        name = self.chosen_name()
        if name is None:
            return
        session = self.session
        message = self.tr("%1 can no longer open this workspace.").replace("%1", name)
        self._run(lambda: session.disable_user(name), self._changed(message))

    def _clear_chosen_passwords(self) -> None:
        self.chosen_password.clear()
        self.chosen_password_again.clear()
