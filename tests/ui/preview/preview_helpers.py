"""Helpers for the preview tests: small PDFs made on the spot."""

from __future__ import annotations

import io
import threading

from reportlab.pdfgen import canvas


def make_pdf(pages: int, label: str = "pagina") -> bytes:
    """A tiny A4 PDF with ``pages`` pages, each saying '<label> <n>'."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595.27, 841.89))
    for number in range(1, pages + 1):
        pdf.drawString(72, 760, f"{label} {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class ScriptedRender:
    """A render function whose calls return the given results, each when the test releases it.

    It runs on the renderer's worker thread; ``entered(n)`` tells the test that call
    ``n`` has started, ``release(n)`` lets it finish. Unreleased calls end after 10 s.
    """

    def __init__(self, results: list[bytes | Exception], *, gated: bool = True) -> None:
        self.results = results
        self.calls = 0
        self._entered = [threading.Event() for _ in results]
        self._gates = [threading.Event() for _ in results]
        if not gated:
            self.release_all()

    def __call__(self) -> bytes:
        number = self.calls
        self.calls += 1
        self._entered[number].set()
        self._gates[number].wait(10)
        result = self.results[number]
        if isinstance(result, Exception):
            raise result
        return result

    def entered(self, number: int) -> bool:
        return self._entered[number].is_set()

    def release(self, number: int) -> None:
        self._gates[number].set()

    def release_all(self) -> None:
        for gate in self._gates:
            gate.set()
