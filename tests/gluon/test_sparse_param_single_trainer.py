"""A row_sparse Parameter belongs to one Trainer, as in MXNet 1.9.1; dense ones may be shared."""
import pytest

import distnet as mx
from distnet import gluon


def test_second_trainer_for_a_row_sparse_parameter_is_refused():
    x = gluon.Parameter('x', shape=(10,), stype='row_sparse')
    x.initialize()
    first = gluon.Trainer([x], 'sgd')
    assert x._trainer is first
    x._set_trainer(None)                      # unsetting, then setting the same one again, is fine
    x._set_trainer(first)
    with pytest.raises(RuntimeError, match="Failed to set the trainer for Parameter 'x' because it was already "
                                           "set. More than one trainers for a row_sparse Parameter"):
        gluon.Trainer([x], 'sgd')


def test_dense_parameter_may_change_trainer():
    x = gluon.Parameter('x', shape=(10,))
    x.initialize()
    gluon.Trainer([x], 'sgd')
    second = gluon.Trainer([x], 'sgd')
    assert x._trainer is second
