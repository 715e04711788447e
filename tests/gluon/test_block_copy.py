"""Copying and pickling blocks: fine until a hybridized run holds a CachedOp, which refuses as MXNet's C handle does."""
import copy
import pickle

import pytest

import distnet as mx
from distnet import nd
from distnet.gluon import nn


def _net():
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(2, in_units=2))
    net.initialize(mx.init.One())
    return net


def test_deepcopy_of_an_imperative_net_owns_its_parameters():
    net = _net()
    twin = copy.deepcopy(net)
    twin[0].weight.set_data(nd.zeros((2, 2)))
    assert net[0].weight.data().asnumpy().sum() == 4
    assert pickle.loads(pickle.dumps(net))[0].weight.data().asnumpy().sum() == 4


def test_a_hybridized_run_makes_the_net_and_its_children_uncopyable():
    net = _net()
    net.hybridize()
    net(nd.ones((1, 2)))
    for block in (net, net[0]):     # a child reaches its parent through the scope it was traced in
        with pytest.raises(ValueError, match="ctypes objects containing pointers cannot be pickled"):
            copy.deepcopy(block)
        with pytest.raises(ValueError, match="ctypes objects containing pointers cannot be pickled"):
            pickle.dumps(block)


def test_a_shallow_copy_shares_the_cached_op():
    net = _net()
    net.hybridize()
    net(nd.ones((1, 2)))
    assert copy.copy(net)._cached_op is net._cached_op
    assert copy.copy(net._cached_op).program is net._cached_op.program


def test_deactivating_hybridize_drops_the_cached_op_and_copies_again():
    net = _net()
    net.hybridize()
    net(nd.ones((1, 2)))
    net.hybridize(active=False)
    assert copy.deepcopy(net)(nd.ones((1, 2))).asnumpy().tolist() == [[2.0, 2.0]]
