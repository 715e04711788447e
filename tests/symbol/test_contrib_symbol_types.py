"""Contrib operator symbols: which inputs share a dtype, MXNet's type refusals, and the symbols MXNet cannot build."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


def _vars(names):
    return [mx.sym.var(n) for n in names]


@pytest.mark.parametrize("op, names, attrs", [
    ("box_decode", "da", {}),
    ("interleaved_matmul_selfatt_valatt", "xa", {"heads": 2}),
    ("interleaved_matmul_encdec_qk", "qk", {"heads": 2}),
    ("BilinearResize2D", "dl", {"mode": "like"}),
])
def test_one_known_dtype_spreads_to_every_input_and_the_output(op, names, attrs):
    s = getattr(mx.sym.contrib, op)(*_vars(names), **attrs)
    for name in names:
        args, outs, _ = s.infer_type(**{name: "float64"})
        assert args == [np.float64] * len(names) and outs == [np.float64]


@pytest.mark.parametrize("op, names, attrs", [
    ("DeformableConvolution", "dow", {"kernel": (3, 3), "num_filter": 2}),
    ("count_sketch", "dhs", {"out_dim": 3}),
])
def test_convolution_like_ops_take_the_data_dtype_and_need_it(op, names, attrs):
    s = getattr(mx.sym.contrib, op)(*_vars(names), **attrs)
    assert s.infer_type(d="float16")[0] == [np.float16] * (len(names) + (op == "DeformableConvolution"))
    with pytest.raises(MXNetError, match=r"Check failed: dtype != -1 \(-1 vs. -1\) : First input must have specified "
                                         r"type$"):
        s.infer_type(**{names[1]: "float32"})
    with pytest.raises(MXNetError, match=rf"This layer requires uniform type. Expected 'float32' v.s. given 'float64' "
                                         rf"at '{ {'o': 'offset', 'h': 'h'}[names[1]]}'$"):
        s.infer_type(d="float32", **{names[1]: "float64"})


@pytest.mark.parametrize("op", ["MultiBoxTarget", "MultiBoxDetection", "Proposal", "MultiProposal"])
def test_legacy_detection_ops_are_float32_only(op):
    s = getattr(mx.sym.contrib, op)(*_vars("abc"))
    args, outs, _ = s.infer_type(a="float32")
    assert set(args) == {np.float32} and set(outs) == {np.float32}
    with pytest.raises(MXNetError, match="Unsupported data type 1$"):
        s.infer_type(a="float64")


def test_adamw_symbols_fail_to_build_as_mxnet_wrappers_do():
    weight, grad, mean, var = _vars("wgmv")
    with pytest.raises(TypeError, match=r"missing 7 required positional arguments: 'weight', 'grad'"):
        mx.sym.contrib.adamw_update()
    with pytest.raises(MXNetError, match=r"Not enough argument to call operator _adamw_update$"):
        mx.sym.contrib.adamw_update(weight, grad, mean, var, 1.0, lr=0.1, eta=1.0)
    with pytest.raises(MXNetError, match=r"Not enough argument to call operator _mp_adamw_update$"):
        mx.sym.contrib.mp_adamw_update(weight, grad, mean, var, mx.sym.var("w32"), 1.0, lr=0.1, eta=1.0)


@pytest.mark.parametrize("op, attrs", [
    ("PSROIPooling", {"spatial_scale": 1.0, "output_dim": 2, "pooled_size": 2}),
    ("RROIAlign", {"pooled_size": (2, 2), "spatial_scale": 1.0}),
])
def test_roi_operators_need_rois_of_the_data_dtype(op, attrs):
    s = getattr(mx.sym.contrib, op)(*_vars("dr"), **attrs)
    for given, flags in [({"d": "float32"}, "0 vs. -1"), ({"r": "float32"}, "-1 vs. 0"),
                         ({"d": "float32", "r": "float64"}, "0 vs. 1")]:
        with pytest.raises(MXNetError, match=rf"Check failed: dtype == \(\*in_type\)\[1\] \({flags}\) : $"):
            s.infer_type(**given)
    assert s.infer_type(d="float64", r="float64")[1] == [np.float64]


def test_getnnz_symbol_infers_its_int64_counts():
    for attrs, shape in [({}, (1,)), ({"axis": 1}, (3,)), ({"axis": 0}, (4,))]:
        s = mx.sym.contrib.getnnz(mx.sym.var("d"), **attrs)
        assert s.infer_shape(d=(3, 4))[1] == [shape]
        assert s.infer_type(d="float64")[1] == [np.int64]


def test_edge_id_symbol_infers_one_value_per_pair():
    s = mx.sym.contrib.edge_id(*_vars("duv"))
    assert s.infer_shape(d=(3, 3), u=(2,), v=(2,))[1] == [(2,)]
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(1\)\[0\] == in_attrs->at\(2\)\[0\] \(2 vs. 3\)"):
        s.infer_shape(d=(3, 3), u=(2,), v=(3,))
