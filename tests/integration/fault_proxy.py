"""A TCP proxy on loopback that breaks connections on purpose: drops them at once, cuts them after
a random number of bytes in either direction (a request or an answer lost half way), or delays
them. Seeded, bounded, and only ever between 127.0.0.1 ports of this test."""

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


@dataclass
class FaultProxy:
    target_port: int
    break_share: float = 0.3
    seed: int = 1
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
        elif roll < self.break_share + 0.1:
            self.counts.delayed += 1
            await asyncio.sleep(self.rnd.uniform(0.05, 0.4))
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.close()
            return
        state = {"budget": budget}

        async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            try:
                while True:
                    data = await reader.read(8192)
                    if not data:
                        break
                    left = state["budget"]
                    if left is not None:
                        if len(data) >= left:
                            writer.write(data[:left])
                            await writer.drain()
                            break
                        state["budget"] = left - len(data)
                    writer.write(data)
                    await writer.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                for w in (client_w, server_w):
                    w.close()

        await asyncio.gather(pump(client_r, server_w), pump(server_r, client_w))
