"""Records from their JSON dicts: the inverse of :meth:`newsprism.model.Analysis.to_dict`.

Why generic: the records are plain frozen dataclasses whose annotations say
everything needed to rebuild them (``tuple[X, ...]``, ``X | None``, nested
dataclasses, ``Literal``). Walking the annotations keeps the codec correct when
a field is added to a record (the schema only ever grows), instead of a
hand-written constructor per record that silently drops the new field.

A missing key takes the field's default (documents written before the field
existed); an unknown key is an error, because it means the document is newer
than this code and would otherwise be lost on the next write.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from newsprism.errors import NewsprismError
from newsprism.model import Analysis, Article, Rejection, Story

__all__ = [
    "CodecError",
    "analysis_from_dict",
    "article_from_dict",
    "article_to_dict",
    "rejection_from_dict",
    "story_from_dict",
    "story_to_dict",
]

T = TypeVar("T")


class CodecError(NewsprismError):
    """A dict does not match the record it should become."""


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """An :class:`Article` from its JSON dict (as in ``newsprism.json``)."""
    return _decode(Article, data, "article")


def story_from_dict(data: Mapping[str, Any]) -> Story:
    """A :class:`Story` with every nested record from its JSON dict."""
    return _decode(Story, data, "story")


def rejection_from_dict(data: Mapping[str, Any]) -> Rejection:
    """A :class:`Rejection` from its JSON dict."""
    return _decode(Rejection, data, "rejection")


class _Mismatch(Exception):
    """Raised by a compiled converter; the slow path then says where and why."""


def _decode(cls: type[T], data: Mapping[str, Any], where: str) -> T:
    """The fast path (converters compiled once per record type) and, only when the data
    does not fit, the careful path that names the field (same results, same errors)."""
    try:
        return typing.cast(T, _converter(typing.cast(typing.Hashable, cls))(data))
    except (_Mismatch, TypeError, ValueError):
        return _build(cls, data, where)


Converter = typing.Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _converter(hint: Any) -> Converter:
    """A converter for one annotation, built once: the inverse of ``to_dict`` without the
    per-value bookkeeping of the careful path (a 50-report story decodes several times
    faster)."""
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _record_converter(hint)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            if item is _identity:
                return lambda v: tuple(v) if isinstance(v, list | tuple) else _fail()
            return lambda v: tuple(map(item, v)) if isinstance(v, list | tuple) else _fail()
        items = tuple(_converter(a) for a in args)

        def fixed(v: Any) -> Any:
            if not isinstance(v, list | tuple) or len(v) != len(items):
                _fail()
            return tuple(c(x) for c, x in zip(items, v, strict=True))

        return fixed
    if origin is types.UnionType or origin is typing.Union:
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(options) != 1:
            return _identity
        inner = _converter(options[0])
        return lambda v: None if v is None else inner(v)
    if hint is float:
        return lambda v: float(v) if type(v) is int else v
    return _identity


def _record_converter(cls: type) -> Converter:
    fields = dataclasses.fields(cls)
    hints = _hints(cls)
    names = frozenset(f.name for f in fields)
    plan = [(f.name, _converter(hints[f.name])) for f in fields]
    required = [
        f.name
        for f in fields
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]

    def build(data: Any) -> Any:
        if not isinstance(data, Mapping) or not names.issuperset(data):
            _fail()
        for name in required:
            if name not in data:
                _fail()
        return cls(**{name: conv(data[name]) for name, conv in plan if name in data})

    return build


def _fail() -> typing.NoReturn:
    raise _Mismatch


def analysis_from_dict(data: Mapping[str, Any]) -> Analysis:
    """A whole :class:`Analysis` from the JSON document."""
    return Analysis(
        articles=tuple(article_from_dict(a) for a in data.get("articles", ())),
        rejected=tuple(rejection_from_dict(r) for r in data.get("rejected", ())),
        stories=tuple(story_from_dict(s) for s in data.get("stories", ())),
        schema_version=str(
            data.get("schema_version", Analysis.__dataclass_fields__["schema_version"].default)
        ),
        inputs=int(data.get("inputs", 0)),
        generator=dict(data.get("generator", {})),
    )


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article's JSON dict, exactly as in :meth:`Analysis.to_dict`."""
    return Analysis(articles=(article,), rejected=(), stories=()).to_dict()["articles"][0]  # type: ignore[no-any-return]


def story_to_dict(story: Story) -> dict[str, Any]:
    """The story's JSON dict, exactly as in :meth:`Analysis.to_dict`."""
    return Analysis(articles=(), rejected=(), stories=(story,)).to_dict()["stories"][0]  # type: ignore[no-any-return]


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """Resolved field annotations of a record (pure, so caching changes no result)."""
    return typing.get_type_hints(cls)


def _build(cls: type[T], data: Mapping[str, Any], where: str) -> T:
    if not isinstance(data, Mapping):
        raise CodecError(
            f"{where}: expected an object for {cls.__name__}, got {type(data).__name__}"
        )
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - set(fields)
    if unknown:
        raise CodecError(
            f"{where}: unknown fields {sorted(unknown)} for {cls.__name__}; "
            "the document is newer than this newsprism: upgrade newsprism to read it"
        )
    hints = _hints(typing.cast(type, cls))
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in data:
            values[name] = _convert(hints[name], data[name], f"{where}.{name}")
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise CodecError(f"{where}: missing required field {name!r} of {cls.__name__}")
    return cls(**values)


def _convert(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _build(hint, value, where)
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise CodecError(f"{where}: expected a list, got {type(value).__name__}")
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
        return tuple(
            _convert(a, v, f"{where}[{i}]")
            for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    if origin is types.UnionType or origin is typing.Union:
        if value is None:
            return None
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(options[0], value, where) if len(options) == 1 else value
    if origin is dict or origin is list:
        return value
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value
