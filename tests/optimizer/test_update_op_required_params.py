"""Update operators called as NDArray functions name a missing required parameter with its type, listing the
given attributes in the order MXNet's NDArray call holds them; their parameters are read before anything else."""
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


def _message(call):
    with pytest.raises(MXNetError) as info:
        call()
    return message_of(info.value).splitlines()[0]


def test_lamb_phase1_and_ftml_name_their_missing_step_and_decay_with_types():
    w = nd.ones((2, 2))
    assert _message(lambda: nd.lamb_update_phase1(w, w, w, w, t=2)).startswith(
        'Required parameter wd of float is not presented, in operator lamb_update_phase1(name="", t="2")')
    assert _message(lambda: nd.ftml_update(w, w, w, w, w, lr=0.1)).startswith(
        "Required parameter t of int is not presented")


def test_an_ndarray_call_lists_five_attributes_in_its_reserved_map_order():
    # an NDArray call's attribute map reserves 6 buckets for 5 attributes: this is the order it iterates
    w = nd.ones((2, 2))
    message = _message(lambda: nd.sgd_mom_update(w, w, w, momentum=0.9, wd=0.1, rescale_grad=0.5,
                                                  clip_gradient=1.0, lazy_update=False))
    assert message == ('Required parameter lr of float is not presented, in operator sgd_mom_update(name="", '
                       'rescale_grad="0.5", clip_gradient="1.0", wd="0.1", lazy_update="False", momentum="0.9")')


def test_group_adagrad_reads_its_parameters_before_refusing_a_dense_gradient():
    w, h = nd.ones((2, 2)), nd.ones((2, 1))
    assert _message(lambda: nd.contrib.group_adagrad_update(w, w, h, out=w)).startswith(
        "Required parameter lr of float is not presented")
    assert _message(lambda: nd.contrib.group_adagrad_update(w, w, h, lr=0.1, out=w)) == \
        "Operator _contrib_group_adagrad_update is not implemented for CPU."


def test_the_attribute_listing_ignores_the_order_keywords_were_written_in():
    # the NDArray function hands over undeclared keywords first, then its parameters in declared order
    w = nd.ones((2, 2))
    forward = _message(lambda: nd.ftml_update(w, w, w, w, w, beta1=0.6, beta2=0.9, epsilon=1e-4, t=1))
    backward = _message(lambda: nd.ftml_update(w, w, w, w, w, t=1, epsilon=1e-4, beta2=0.9, beta1=0.6))
    assert forward == backward


def test_an_unknown_keyword_is_listed_last_whatever_its_place_in_the_call():
    w = nd.ones((2, 2))
    for call in (lambda: nd.adam_update(w, w, w, w, lr=0.1, beta1=0.8, wd=0.1, zz=1),
                 lambda: nd.adam_update(w, w, w, w, zz=1, wd=0.1, beta1=0.8, lr=0.1)):
        with pytest.raises(MXNetError) as info:
            call()
        assert message_of(info.value).splitlines()[0] == "Cannot find argument 'zz', Possible Arguments:"
        assert message_of(info.value).rstrip().endswith('zz="1")')
