"""One small task runner for the whole UI.

- ``database``: ONE worker thread owns the workspace connection (SQLCipher connections are bound to
  the thread that opened them). Every operation that touches the session runs there, in order.
- ``network``: a small pool for sync, which must never wait behind the database or the screen.

Results come back to the GUI thread through a Qt signal, so callbacks may touch widgets; the work
functions themselves must not.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class TaskRunner(QObject):
    _finished = Signal(int, object, object)  # task id, result, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldcase-db")
        self._network = ThreadPoolExecutor(max_workers=2, thread_name_prefix="fieldcase-net")
        self._callbacks: dict[
            int, tuple[Callable[[Any], None], Callable[[BaseException], None]]
        ] = {}
        self._ids = itertools.count(1)
        self.pending = 0
        self._closed = False
        self._finished.connect(self._deliver)

    def run_database(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Future[Any]:
        """Run ``work`` on the database thread; ``on_success``/``on_failure`` run on the GUI thread."""
        return self._submit(self._database, work, on_success, on_failure)

    def run_network(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Future[Any]:
        return self._submit(self._network, work, on_success, on_failure)

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Future[Any]:
        if self._closed:  # after shutdown nothing new starts; callers simply get no answer
            done: Future[Any] = Future()
            done.cancel()
            return done
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_success, on_failure)
        self.pending += 1

        def call() -> Any:
            try:
                result = work()
            except BaseException as exc:  # delivered to on_failure on the GUI thread
                self._finished.emit(task_id, None, exc)
                raise
            self._finished.emit(task_id, result, None)
            return result

        return pool.submit(call)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        on_success, on_failure = self._callbacks.pop(task_id)
        self.pending -= 1
        if self._closed:
            return  # the app is shutting down: no screen should react any more
        if error is None:
            on_success(result)
        else:
            on_failure(error)

    def shutdown(self) -> None:
        self._closed = True
        self._database.shutdown(wait=True)
        self._network.shutdown(wait=False, cancel_futures=True)
