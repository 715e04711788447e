"""Loading parameters from what is not a name -> array dict fails as on MXNet 1.9.1: Block.load_parameters of a
file holding a list (AttributeError from .keys()), ParameterDict.load of it (TypeError adding a name prefix to an
array); load_dict takes (name, array) pairs as they are, dropping arg:/aux: only from dict keys."""
import os

import pytest

import distnet as mx
from distnet import gluon, nd


@pytest.fixture
def list_file(tmp_path):
    path = os.path.join(str(tmp_path), "arrays")
    nd.save(path, [nd.ones(2)])
    return path


def test_block_load_parameters_of_a_list_file(list_file):
    net = gluon.nn.Dense(2, in_units=2)
    with pytest.raises(AttributeError, match="'list' object has no attribute 'keys'"):
        net.load_parameters(list_file)


def test_parameter_dict_load_of_a_list_file(list_file):
    params = gluon.nn.Dense(2, in_units=2).collect_params()
    with pytest.raises(TypeError):
        params.load(list_file)


def test_load_dict_pairs_keep_their_names():
    params = gluon.ParameterDict()
    w = params.get("w", shape=(2,))
    params.initialize()
    with pytest.raises(AssertionError, match="Parameter 'w' is missing in param_dict, which contains parameters: "
                                             "'arg:w'"):
        params.load_dict([("arg:w", nd.ones(2))])
    params.load_dict([("w", nd.ones(2) * 3)])
    assert w.data().asnumpy().tolist() == [3, 3]
    params.load_dict({"arg:w": nd.ones(2) * 4})
    assert w.data().asnumpy().tolist() == [4, 4]
    assert mx.cpu() in w.list_ctx()
