"""A TCP proxy on loopback that breaks connections on purpose: drops them at once, cuts them after
a random number of bytes in either direction (a request or an answer lost half way), or delays
them. Seeded, bounded, and only ever between 127.0.0.1 ports of this test.

``lifetime=(low, high)`` gives every connection a byte budget drawn from that range (both
directions together): the line goes dead when it is spent, however many requests it carried, so
a long transfer meets a drop every few hundred kilobytes even on a kept-alive connection.
``counts.upstream``/``counts.downstream`` are the bytes passed each way (what was really sent).
"""

from __future__ import annotations

import asyncio
import random
import threading
from dataclasses import dataclass, field


@dataclass
class FaultCounts:
    connections: int = 0
    dropped: int = 0
    cut: int = 0
    delayed: int = 0
    exhausted: int = 0  # connections whose lifetime budget ran out (a drop mid-stream)
    upstream: int = 0  # bytes passed from the client to the server
    downstream: int = 0  # bytes passed from the server to the client


@dataclass
class FaultProxy:
    target_port: int
    break_share: float = 0.3
    seed: int = 1
    lifetime: tuple[int, int] | None = None
    counts: FaultCounts = field(default_factory=FaultCounts)

    def __post_init__(self) -> None:
        self.rnd = random.Random(self.seed)
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> FaultProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()
        server.close()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        self.counts.connections += 1
        roll = self.rnd.random()
        if roll < self.break_share / 3:
            self.counts.dropped += 1
            client_w.close()
            return
        budget: int | None = None
        if roll < self.break_share:
            self.counts.cut += 1
            budget = self.rnd.randint(1, 40_000)  # bytes until the line goes dead
        elif self.lifetime is not None:
            budget = self.rnd.randint(*self.lifetime)
        elif roll < self.break_share + 0.1:
            self.counts.delayed += 1
            await asyncio.sleep(self.rnd.uniform(0.05, 0.4))
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.close()
            return
        state = {"budget": budget}
        lifetime = roll >= self.break_share and budget is not None

        async def pump(
            reader: asyncio.StreamReader, writer: asyncio.StreamWriter, upstream: bool
        ) -> None:
            try:
                while True:
                    data = await reader.read(8192)
                    if not data:
                        break
                    left = state["budget"]
                    if left is not None:
                        if len(data) >= left:
                            self._count(upstream, left)
                            if lifetime and state["budget"]:
                                self.counts.exhausted += 1
                            state["budget"] = 0
                            writer.write(data[:left])
                            await writer.drain()
                            break
                        state["budget"] = left - len(data)
                    self._count(upstream, len(data))
                    writer.write(data)
                    await writer.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                for w in (client_w, server_w):
                    w.close()

        await asyncio.gather(pump(client_r, server_w, True), pump(server_r, client_w, False))

    def _count(self, upstream: bool, size: int) -> None:
        if upstream:
            self.counts.upstream += size
        else:
            self.counts.downstream += size
