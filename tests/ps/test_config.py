"""Every job variable read in one place, with clear errors for missing or malformed values."""
import pytest

from distnet.ps import config
from distnet.ps.config import ConfigError, from_env
from distnet.base import message_of

BASE = {"DMLC_PS_ROOT_URI": "127.0.0.1", "DMLC_PS_ROOT_PORT": "9091", "DMLC_NUM_SERVER": "2",
        "DMLC_NUM_WORKER": "3", "DMLC_NODE_HOST": "10.0.0.5", "DMLC_ROLE": "worker"}


def test_defaults_and_values():
    cfg = from_env(dict(BASE))
    assert (cfg.role, cfg.num_server, cfg.num_worker, cfg.node_host) == ("worker", 2, 3, "10.0.0.5")
    assert cfg.root_address == "tcp://127.0.0.1:9091"
    assert cfg.bigarray_bound == 1000000 and cfg.port_range is None
    assert cfg.heartbeat_timeout > cfg.heartbeat_interval > 0


def test_overrides():
    cfg = from_env(dict(BASE, DMLC_ROLE="server", MXNET_KVSTORE_BIGARRAY_BOUND="10", DISTNET_PORT_RANGE="9100-9199",
                        DISTNET_HEARTBEAT_TIMEOUT="2.5", DISTNET_REQUEST_TIMEOUT="7"))
    assert (cfg.role, cfg.bigarray_bound, cfg.port_range) == ("server", 10, (9100, 9199))
    assert (cfg.heartbeat_timeout, cfg.request_timeout) == (2.5, 7.0)


@pytest.mark.parametrize("change,needle", [
    ({"DMLC_PS_ROOT_URI": None}, "DMLC_PS_ROOT_URI is not set"),
    ({"DMLC_NUM_WORKER": None}, 'Environment::Get()->find("DMLC_NUM_WORKER")'),
    ({"DMLC_PS_ROOT_PORT": "70000"}, "DMLC_PS_ROOT_PORT='70000' is not an integer between 1 and 65535"),
    ({"DMLC_NUM_SERVER": "two"}, "DMLC_NUM_SERVER='two' is not an integer >= 1"),
    ({"DMLC_NUM_WORKER": "0"}, "DMLC_NUM_WORKER='0'"),
    ({"DMLC_ROLE": "boss"}, "DMLC_ROLE='boss' is not a role"),
    ({"MXNET_KVSTORE_BIGARRAY_BOUND": "-1"}, "MXNET_KVSTORE_BIGARRAY_BOUND='-1'"),
    ({"DISTNET_PORT_RANGE": "9200-9100"}, "DISTNET_PORT_RANGE='9200-9100' is not LO-HI"),
    ({"DISTNET_CONNECT_TIMEOUT": "soon"}, "DISTNET_CONNECT_TIMEOUT='soon' is not a positive number of seconds"),
    ({"DISTNET_HEARTBEAT_TIMEOUT": "0.5", "DISTNET_HEARTBEAT_INTERVAL": "1"}, "must exceed DISTNET_HEARTBEAT_INTERVAL"),
    ({"DISTNET_REQUEST_TIMEOUT": "inf"}, "DISTNET_REQUEST_TIMEOUT='inf'"),
])
def test_bad_values_are_errors_naming_the_variable(change, needle):
    env = dict(BASE)
    for k, v in change.items():
        if v is None:
            del env[k]
        else:
            env[k] = v
    with pytest.raises(ConfigError) as info:
        from_env(env)
    assert needle in message_of(info.value)


def test_node_host_falls_back_to_the_route_to_the_root():
    env = {k: v for k, v in BASE.items() if k != "DMLC_NODE_HOST"}
    assert from_env(env).node_host == "127.0.0.1"


def test_interface_address_of_loopback_and_unknown_interface():
    assert config.node_host({"DMLC_INTERFACE": "lo"}) == "127.0.0.1"
    with pytest.raises(ConfigError, match="DMLC_INTERFACE='nosuch0'"):
        config.node_host({"DMLC_INTERFACE": "nosuch0"})


def test_launcher_names_come_from_here():
    from distnet.launcher import plan
    assert config.DMLC_NUM_WORKER in plan.MANAGED and config.FORWARDED_PREFIXES == ("DISTNET_", "MXNET_")


def test_launch_index_is_read_when_set_and_checked():
    assert from_env(BASE).launch_index == -1
    assert from_env(dict(BASE, DISTNET_LAUNCH_INDEX="1")).launch_index == 1
    with pytest.raises(ConfigError, match="DISTNET_LAUNCH_INDEX='-2' is not an integer >= 0"):
        from_env(dict(BASE, DISTNET_LAUNCH_INDEX="-2"))


def test_scheduler_ranks_by_launch_index_when_it_numbers_the_role_else_by_registration():
    from distnet.server.scheduler import ranked
    nodes = [("w-b", "worker", "h", 0, 1), ("s", "server", "h", 7, 0), ("w-a", "worker", "h", 0, 0)]
    assert ranked(nodes) == [("s", "server", "h", 7), ("w-a", "worker", "h", 0), ("w-b", "worker", "h", 0)]
    by_hand = [("w-b", "worker", "h", 0, -1), ("w-a", "worker", "h", 0, -1)]
    assert [n[0] for n in ranked(by_hand)] == ["w-b", "w-a"]
    clashing = [("w-b", "worker", "h", 0, 1), ("w-a", "worker", "h", 0, 1)]
    assert [n[0] for n in ranked(clashing)] == ["w-b", "w-a"]
