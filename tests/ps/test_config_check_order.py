"""A missing job variable is named in MXNet's check words, in the order ps-lite checks them."""
import pytest

from distnet.base import message_of
from distnet.ps.config import ConfigError, from_env

FULL = {"DMLC_PS_ROOT_URI": "127.0.0.1", "DMLC_PS_ROOT_PORT": "9091", "DMLC_NUM_SERVER": "2", "DMLC_NUM_WORKER": "3",
        "DMLC_ROLE": "worker"}


@pytest.mark.parametrize("missing, named, line", [
    (["DMLC_NUM_WORKER", "DMLC_NUM_SERVER", "DMLC_PS_ROOT_URI", "DMLC_ROLE"], "DMLC_NUM_WORKER", 20),
    (["DMLC_NUM_SERVER", "DMLC_PS_ROOT_URI", "DMLC_ROLE"], "DMLC_NUM_SERVER", 22),
    (["DMLC_ROLE", "DMLC_PS_ROOT_URI"], "DMLC_ROLE", 24),
])
def test_ps_lites_first_checks_print_as_mxnet(missing, named, line):
    env = {k: v for k, v in FULL.items() if k not in missing}
    with pytest.raises(ConfigError) as err:
        from_env(env)
    assert str(err.value) == (f'Traceback (most recent call last):\n  File "../3rdparty/ps-lite/src/postoffice.cc", '
                              f'line {line}\nMXNetError: Check  notnull: Environment::Get()->find("{named}") ')
    assert message_of(err.value) == f'Check  notnull: Environment::Get()->find("{named}") '


@pytest.mark.parametrize("missing, named", [
    (["DMLC_PS_ROOT_PORT", "DMLC_PS_ROOT_URI"], "DMLC_PS_ROOT_URI"),
    (["DMLC_PS_ROOT_PORT"], "DMLC_PS_ROOT_PORT"),
])
def test_the_root_address_is_named_when_missing(missing, named):
    env = {k: v for k, v in FULL.items() if k not in missing}
    with pytest.raises(ConfigError, match=rf'Check  notnull: Environment::Get\(\)->find\("{named}"\) : {named} is '
                                          "not set"):
        from_env(env)
