"""Under NumPy semantics Block.load_parameters re-raises an unreadable file as ValueError (MXNet's
load_parameters wraps npx.load's MXNetError); without them, and in ParameterDict.load, it stays MXNetError."""
import pytest

from distnet import npx
from distnet.base import MXNetError
from distnet.gluon import nn


def test_unreadable_params_file_by_semantics(tmp_path):
    missing, garbage = str(tmp_path / "missing.params"), tmp_path / "garbage.params"
    garbage.write_bytes(b"x")
    with pytest.raises(MXNetError):
        nn.Dense(2).load_parameters(missing)
    npx.set_np()
    try:
        for path in (missing, str(garbage)):
            with pytest.raises(ValueError) as info:
                nn.Dense(2).load_parameters(path)
            assert not isinstance(info.value, MXNetError)
        with pytest.raises(MXNetError):
            nn.Dense(2).collect_params().load(missing)
    finally:
        npx.reset_np()
