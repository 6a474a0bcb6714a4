"""A real OpenAI-compatible HTTP server for tests and benchmarks, on 127.0.0.1 and a random port.

It serves ``POST /v1/chat/completions`` (and ``GET /v1/models``) from a queue of scripted answers,
so tests drive the real ``openai`` client and ``langchain-openai`` over real HTTP without any
network beyond the loopback interface::

    server = StubLLMServer().start()
    server.enqueue(structured({"kpis": [...]}), error(429), delay(2.0))
    ...  # point OPENAI_BASE_URL at server.base_url
    server.requests  # every request received, in order, with headers and JSON body
    server.stop()

Each scripted answer is an :class:`Answer`; helpers build the usual ones: plain content, a JSON
answer that follows the request's format (tool call when the request offers tools, JSON content
when it asks for a JSON schema), HTTP errors with optional ``retry-after-ms``, a delay before the
answer (for client timeouts), invalid JSON, output cut off at the token limit and a refusal.
When the queue is empty, ``responder(request_body)`` (if set) answers; otherwise a 500 that says
nothing was scripted, so a test that makes an unexpected call fails loudly.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import bpe_openai

_ENC = bpe_openai.get_encoding("cl100k_base")


@dataclass
class Answer:
    kind: str  # content | structured | tool_call | error | refusal
    content: str | None = None
    data: Any = None
    status: int = 200
    finish_reason: str = "stop"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    tool_name: str | None = None


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: str
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.body.get("messages", [])

    def text(self) -> str:
        """All message contents of the request, joined: what the model was shown."""
        out = []
        for m in self.messages:
            c = m.get("content")
            if isinstance(c, list):
                c = " ".join(str(p.get("text", "")) for p in c if isinstance(p, dict))
            out.append(str(c or ""))
        return "\n".join(out)

    @property
    def retry_count(self) -> int:
        return int(self.headers.get("x-stainless-retry-count", "0") or 0)


# ---- answer helpers --------------------------------------------------------------------------------


def content(text: str, finish_reason: str = "stop") -> Answer:
    """A plain assistant message."""
    return Answer("content", content=text, finish_reason=finish_reason)


def structured(data: Any) -> Answer:
    """``data`` as JSON, in whatever form the request asked for (tool call or JSON content)."""
    return Answer("structured", data=data)


def tool_call(data: Any, name: str | None = None) -> Answer:
    """A tool call with ``data`` as arguments (name: the request's tool when not given)."""
    return Answer("tool_call", data=data, tool_name=name)


def error(status: int, message: str = "scripted error", retry_after_ms: int | None = 1) -> Answer:
    headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
    return Answer("error", status=status, content=message, headers=headers)


def delay(seconds: float, then: Answer | None = None) -> Answer:
    """Wait ``seconds`` before answering (``then``, or an empty JSON object)."""
    ans = then or structured({})
    return Answer(**{**ans.__dict__, "delay": seconds})


def invalid_json() -> Answer:
    return content("Sure! Here are some KPIs for the role:\n- Customer satisfaction\n- On-time delivery")


def truncated(data: Any, keep: float = 0.6) -> Answer:
    """The JSON for ``data`` cut off part way, with finish_reason 'length' (max tokens reached)."""
    text = json.dumps(data)
    return Answer("content", content=text[: max(1, int(len(text) * keep))], finish_reason="length")


def refusal(text: str = "I'm sorry, I can't help with that.") -> Answer:
    return Answer("refusal", content=text)


# ---- the server ----------------------------------------------------------------------------------


class StubLLMServer:
    """OpenAI-compatible chat completions from a script; records every request."""

    def __init__(self, model: str = "stub-model") -> None:
        self.model = model
        self.queue: deque[Answer] = deque()
        self.requests: list[Recorded] = []
        self.responder: Callable[[dict[str, Any]], Answer] | None = None
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> StubLLMServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr
                pass

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [{"id": server.model, "object": "model"}]})
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                try:
                    body = json.loads(raw) if raw else {}
                except json.JSONDecodeError:
                    body = {}
                rec = Recorded(
                    "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body, raw, time.time()
                )
                with server._lock:
                    server.requests.append(rec)
                if not self.path.split("?")[0].rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}})
                    return
                answer = server._next(body)
                if answer.delay:
                    time.sleep(answer.delay)
                status, payload = server._render(answer, body)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
                    self._send(status, payload, answer.headers)

            def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="stub-llm", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # scripting
    def enqueue(self, *answers: Answer) -> None:
        with self._lock:
            self.queue.extend(answers)

    def reset(self) -> None:
        with self._lock:
            self.queue.clear()
            self.requests.clear()
            self.responder = None

    @property
    def chat_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path.split("?")[0].rstrip("/").endswith("/chat/completions")]

    def _next(self, body: dict[str, Any]) -> Answer:
        with self._lock:
            if self.queue:
                return self.queue.popleft()
            responder = self.responder
        if responder is not None:
            return responder(body)
        return error(500, "stub: no scripted answer left for this request", retry_after_ms=None)

    # rendering
    def _render(self, answer: Answer, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if answer.kind == "error":
            kind = "rate_limit_exceeded" if answer.status == 429 else "server_error"
            return answer.status, {"error": {"message": answer.content, "type": kind, "code": kind}}
        message: dict[str, Any] = {"role": "assistant", "content": None}
        kind = answer.kind
        if kind == "structured":
            kind = "tool_call" if body.get("tools") else "content"
            answer = Answer(**{**answer.__dict__, "content": json.dumps(answer.data)})
        if kind == "tool_call":
            name = answer.tool_name or _requested_tool(body)
            message["tool_calls"] = [
                {
                    "id": f"call_{len(self.requests)}",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(answer.data)},
                }
            ]
            finish = "tool_calls"
            completion_text = json.dumps(answer.data)
        elif kind == "refusal":
            message["refusal"] = answer.content
            finish = "stop"
            completion_text = answer.content or ""
        else:
            message["content"] = answer.content
            finish = answer.finish_reason
            completion_text = answer.content or ""
        prompt_tokens = sum(len(_ENC.encode(_as_text(m.get("content")))) + 4 for m in body.get("messages", []))
        completion_tokens = len(_ENC.encode(completion_text))
        return 200, {
            "id": f"chatcmpl-stub-{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


def _requested_tool(body: dict[str, Any]) -> str:
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return choice.get("function", {}).get("name", "tool")
    tools = body.get("tools") or []
    return tools[0]["function"]["name"] if tools else "tool"


def _as_text(c: Any) -> str:
    if isinstance(c, list):
        return " ".join(str(p.get("text", "")) for p in c if isinstance(p, dict))
    return str(c or "")


# ---- scripted KPI answers from the knowledge base ---------------------------------------------------------

DRAFT_FIELDS = (
    "name",
    "kra",
    "definition",
    "measure",
    "unit",
    "direction",
    "data_source",
    "target",
    "cadence",
    "indicator",
    "rationale",
    "side_effect",
    "sources",
)


def kb_kpi(kb: Any, family_id: str, which: int | str) -> dict[str, Any]:
    """An example KPI of the knowledge base as the model would write it (the output schema's fields)."""
    from assistant.knowledge import to_kpi

    fam = kb.family(family_id)
    ex = fam.kpis[which] if isinstance(which, int) else next(k for k in fam.kpis if k.id == which)
    data = to_kpi(fam, ex).model_dump()
    return {k: data[k] for k in DRAFT_FIELDS}


def kb_set(kb: Any, family_id: str, n: int = 4, validator: Any = None) -> dict[str, Any]:
    """``n`` example KPIs of the family, one per key result area. With ``validator``, only examples
    the validator accepts together (as a well-behaved model would write), else the first per area."""
    from assistant.models import KPI

    fam = kb.family(family_id)
    by_area: dict[str, list[Any]] = {}
    for ex in fam.kpis:
        by_area.setdefault(ex.kra, []).append(ex)
    out: list[dict[str, Any]] = []
    for examples in by_area.values():
        if len(out) >= n:
            break
        for ex in examples:
            cand = kb_kpi(kb, family_id, ex.id)
            if validator is not None:
                trial = [KPI(**k) for k in [*out, cand]]
                if validator.check_set(trial, family_id, max_kpis=10).kpis[-1].verdict == "reject":
                    continue
            out.append(cand)
            break
    return {"kpis": out}


def effort_kpi(name: str = "Hours worked per week", kra: str = "") -> dict[str, Any]:
    """A KPI the validator rejects (effort, not a result)."""
    return {
        "name": name,
        "kra": kra,
        "definition": "Time the employee spends at work each week.",
        "measure": "Hours logged in the rota system per week",
        "unit": "hours",
        "direction": "higher",
        "data_source": "Rota and timesheet system",
        "target": "At least 45 hours",
        "cadence": "weekly",
        "indicator": "leading",
        "rationale": "Shows commitment.",
        "side_effect": "None.",
        "sources": [],
    }
