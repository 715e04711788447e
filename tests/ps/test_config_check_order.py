"""A missing job variable is named in MXNet's check words, in the order ps-lite checks them."""
import pytest

from distnet.ps.config import ConfigError, from_env

FULL = {"DMLC_PS_ROOT_URI": "127.0.0.1", "DMLC_PS_ROOT_PORT": "9091", "DMLC_NUM_SERVER": "2", "DMLC_NUM_WORKER": "3"}


@pytest.mark.parametrize("missing, named", [
    (["DMLC_NUM_WORKER", "DMLC_NUM_SERVER", "DMLC_PS_ROOT_URI"], "DMLC_NUM_WORKER"),
    (["DMLC_NUM_SERVER", "DMLC_PS_ROOT_URI"], "DMLC_NUM_SERVER"),
    (["DMLC_PS_ROOT_PORT", "DMLC_PS_ROOT_URI"], "DMLC_PS_ROOT_URI"),
    (["DMLC_PS_ROOT_PORT"], "DMLC_PS_ROOT_PORT"),
])
def test_the_first_missing_variable_in_mxnets_order_is_named(missing, named):
    env = {k: v for k, v in FULL.items() if k not in missing}
    with pytest.raises(ConfigError, match=rf'Check  notnull: Environment::Get\(\)->find\("{named}"\) : {named} is '
                                          "not set"):
        from_env(env)
