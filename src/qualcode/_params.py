"""The estimator convention every qualcode model follows (scikit-learn's), in one small mixin.

``Segmenter``, ``AutoCoder``, ``CodeSuggester``, ``Pseudonymiser`` and ``TopicModel`` store their constructor
parameters as attributes of the same names and do their work in ``fit``/``segment``/``code``; :class:`Params`
derives ``get_params``/``set_params`` and a short ``repr`` from the ``__init__`` signature, so ``sklearn.clone``
works on all of them. It does not import scikit-learn (the segmenter stays quick to import).
"""

from __future__ import annotations

import inspect
from typing import Any

__all__ = ["Params"]


class Params:
    """``get_params``/``set_params``/``__repr__`` from the ``__init__`` signature (scikit-learn's convention).

    A subclass may define ``_reset()``: it is called after ``set_params`` to drop state that depends on the old
    parameters."""

    @classmethod
    def _param_names(cls) -> list[str]:
        sig = inspect.signature(cls.__init__)
        return [p.name for p in sig.parameters.values()
                if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]

    @classmethod
    def _defaults(cls) -> dict[str, Any]:
        sig = inspect.signature(cls.__init__)
        return {p.name: p.default for p in sig.parameters.values() if p.default is not inspect.Parameter.empty}

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor parameters, as given (scikit-learn convention)."""
        return {name: getattr(self, name) for name in self._param_names()}

    def set_params(self, **params: Any) -> Any:
        """Change parameters (checked when next used); returns ``self``."""
        valid = self._param_names()
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for {type(self).__name__}; valid: {', '.join(valid)}")
            setattr(self, name, value)
        reset = getattr(self, "_reset", None)
        if reset is not None:
            reset()
        return self

    def _shown(self, name: str, value: Any) -> str:
        """How a parameter value is shown by ``repr`` (override for large values)."""
        return repr(value)

    def __repr__(self) -> str:
        defaults = self._defaults()
        shown = []
        for name, value in self.get_params().items():
            if name in defaults:
                d = defaults[name]
                try:
                    same = value is d or bool(value == d)
                except (TypeError, ValueError):
                    same = False
                if same:
                    continue
            text = self._shown(name, value)
            shown.append(f"{name}={text if len(text) <= 60 else text[:57] + '...'}")
        return f"{type(self).__name__}({', '.join(shown)})"
