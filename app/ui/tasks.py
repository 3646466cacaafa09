"""One small task runner for the whole UI.

- ``database``: ONE worker thread owns the workspace connection (SQLCipher connections are bound to
  the thread that opened them). Every operation that touches the session runs there, in order.
- ``network``: a small pool for sync, which must never wait behind the database or the screen.

Results come back to the GUI thread through a Qt signal, so callbacks may touch widgets; the work
functions themselves must not.

The threads start with the first task (the login), not with the app: ``concurrent.futures`` is not
imported before the login window of a cold start is on the screen.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

POOLS = {"database": 1, "network": 2}  # threads in each


class TaskRunner(QObject):
    _finished = Signal(int, object, object)  # task id, result, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools: dict[str, ThreadPoolExecutor] = {}
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
        return self._submit("database", work, on_success, on_failure)

    def run_network(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Future[Any]:
        return self._submit("network", work, on_success, on_failure)

    def _submit(
        self,
        pool_name: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Future[Any]:
        from concurrent.futures import Future, ThreadPoolExecutor

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

        pool = self._pools.get(pool_name)
        if pool is None:  # only the GUI thread submits: no race to make two
            pool = ThreadPoolExecutor(POOLS[pool_name], thread_name_prefix=f"fieldcase-{pool_name}")
            self._pools[pool_name] = pool
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
        if "database" in self._pools:
            self._pools["database"].shutdown(wait=True)
        if "network" in self._pools:
            self._pools["network"].shutdown(wait=False, cancel_futures=True)
