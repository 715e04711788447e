"""The operator lists of automatic mixed precision, per target type."""
from . import symbol_bf16, symbol_fp16  # noqa: F401
