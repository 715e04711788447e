"""What an executor's monitor sees of MXNet's gradient copies: a gradient reaching a further argument is copied
there (``<node>_<k>_copy``), and add_n gives each input the output gradient through an unnamed node."""
import ctypes

import distnet as mx
from distnet.base import NDArrayHandle


def _backward_labels(net, names):
    ex = net.bind(mx.cpu(), {n: mx.nd.ones(2) for n in names}, args_grad={n: mx.nd.zeros(2) for n in names})
    seen = []
    ex.set_monitor_callback(lambda name, _: seen.append(name if isinstance(name, str) else name.decode()))
    ex.forward(is_train=True)
    del seen[:]
    ex.backward([mx.nd.ones(2)])
    return seen


def test_a_gradient_reaching_further_arguments_is_copied_per_argument():
    x, y, z = mx.sym.var("x"), mx.sym.var("y"), mx.sym.var("z")
    added = mx.sym.elemwise_add(mx.sym.elemwise_add(x, y, name="a1"), z, name="a2")
    assert _backward_labels(added, "xyz") == ["_head_grad_0_id_output", "_head_grad_0_id_1_copy_output",
                                              "_head_grad_0_id_2_copy_output"]
    exp_of_sum = mx.sym.exp(mx.sym.elemwise_add(x, y, name="ad"), name="e")
    assert _backward_labels(exp_of_sum, "xy") == ["_head_grad_0_id_output", "e_backward_output",
                                                  "e_backward_1_copy_output"]
    s = mx.sym.elemwise_add(x, y, name="ad")
    assert _backward_labels(mx.sym.elemwise_mul(s, s, name="m"), "xy")[-2:] == ["sum_grad_output",
                                                                              "sum_grad_1_copy_output"]


def test_add_n_gives_each_input_its_own_unnamed_node():
    x, y = mx.sym.var("x"), mx.sym.var("y")
    net = mx.sym.add_n(mx.sym.exp(x, name="e"), y, name="an")
    assert _backward_labels(net, "xy") == ["_head_grad_0_id_output", "output", "e_backward_output", "output"]
    assert _backward_labels(mx.sym.add_n(x, x, name="an"), "x") == ["_head_grad_0_id_output", "output", "output",
                                                                     "sum_grad_output"]


def test_legacy_operators_name_each_input_gradient_after_the_input():
    # MXNet's OperatorProperty operators name their backward outputs by argument; the others number them
    x, rois, loc = mx.sym.var("x"), mx.sym.var("rois"), mx.sym.var("loc")
    cases = [
        (mx.sym.split(x, num_outputs=2, axis=1, name="sp"), {"x": (2, 4)}, ["sp_backward_data"]),
        (mx.sym.Crop(x, mx.sym.var("y"), num_args=2, name="cr"), {"x": (1, 1, 4, 4), "y": (1, 1, 2, 2)},
         ["cr_backward_arg0", "cr_backward_arg1"]),
        (mx.sym.InstanceNorm(x, name="inn"), {"x": (1, 2, 3)}, ["inn_backward_data", "inn_backward_gamma",
                                                                "inn_backward_beta"]),
        (mx.sym.SpatialTransformer(x, loc, target_shape=(2, 2), transform_type="affine", sampler_type="bilinear",
                                   name="st"), {"x": (1, 1, 3, 3), "loc": (1, 6)}, ["st_backward_data", "st_backward_loc"]),
        (mx.sym.FullyConnected(x, num_hidden=2, name="fc"), {"x": (2, 3)},
         ["fc_backward_output0", "fc_backward_output1", "fc_backward_output2"]),
        (mx.sym.exp(x, name="e"), {"x": (2,)}, ["e_backward_output"]),
    ]
    for net, shapes, want in cases:
        ex = net.simple_bind(mx.cpu(), **shapes)
        seen = []
        ex.set_monitor_callback(lambda name, _: seen.append(name.decode()))
        ex.forward(is_train=True)
        ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
        assert [n for n in seen if "_backward_" in n] == want


def _labels_of(net):
    ex = net.simple_bind(mx.cpu(), **{n: (2, 3) for n in net.list_arguments()})
    seen = []
    ex.set_monitor_callback(lambda name, _: seen.append(name.decode()))
    ex.forward(is_train=True)
    del seen[:]
    ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
    return [n for n in seen if not n.startswith("_head_grad")]


def test_zero_gradients_are_zeros_like_nodes_dropped_from_sums():
    # MXNet gives BlockGrad, rounding, comparisons... a zeros_like node per input (<node>_backward, or
    # <node>_in<k>_backward); a sum drops them, and a gradient only of zeros keeps one (the same zeros_like
    # nodes merged into the earliest), so nothing upstream of it runs
    x, y = mx.sym.var("x"), mx.sym.var("y")
    mul = lambda a, b: mx.sym.elemwise_mul(a, b, name="m")          # noqa: E731
    twice = lambda a: mx.sym._internal._mul_scalar(a, scalar=2, name="ms")      # noqa: E731
    assert _labels_of(mul(mx.sym.BlockGrad(x, name="bg"), x)) == ["m_backward_output0", "m_backward_output1"]
    assert _labels_of(mx.sym.BlockGrad(x, name="bg") + 1) == ["bg_backward_output"]
    assert _labels_of(mul(mx.sym.broadcast_greater(x, y, name="gt"), y)) == [
        "gt_in0_backward_output", "m_backward_output0", "m_backward_output1"]
    assert _labels_of(mul(mx.sym._internal._lesser(x, y, name="lt"), y)) == [
        "lt_in0_backward_output", "m_backward_output0", "m_backward_output1"]
    assert _labels_of(mul(mx.sym.floor(x, name="f1"), mx.sym.floor(x, name="f2"))) == ["f1_backward_output"]
    assert _labels_of(mx.sym.sign(x, name="sg") + x) == ["sg_backward_output", "sum_grad_output"]   # a real node
    assert _labels_of(mx.sym.where(y, x, twice(x), name="w")) == [
        "w_cond_backward_output", "w_backward_output0", "w_backward_output1", "ms_backward_output", "sum_grad_output"]
    assert _labels_of(twice(mx.sym.topk(x, k=1, name="tk"))) == ["tk_backward_output"]
    assert _labels_of(twice(mx.sym.topk(x, k=1, ret_typ="value", name="tv"))) == [
        "ms_backward_output", "tv_backward_output"]


def test_output_gradients_a_backward_reads_but_nobody_gave_are_made_as_zeros_first():
    # max Pooling's backward reads its workspace's gradient, split's every output's: MXNet makes the missing
    # ones as zeros_without_dtype nodes, in output order, right before they are read
    x = mx.sym.var("x")
    pooled = mx.sym.Pooling(x, kernel=(2, 2), pool_type="max", name="p")
    ex = pooled.simple_bind(mx.cpu(), x=(1, 1, 4, 4))
    seen = []
    ex.set_monitor_callback(lambda name, handle: seen.append(
        (name.decode(), mx.nd.NDArray(ctypes.cast(handle, NDArrayHandle), writable=False).shape)))
    ex.forward(is_train=True)
    del seen[:]
    ex.backward([mx.nd.ones((1, 1, 3, 3))])
    assert seen == [("_head_grad_0_id_output", (1, 1, 3, 3)), ("zeros_without_dtype_output", (1, 1, 3, 3)),
                    ("p_backward_output", (1, 1, 4, 4))]
    middle = mx.sym.exp(mx.sym.split(x, num_outputs=3, axis=1, name="sp")[1], name="e")
    assert _labels_of(middle) == ["zeros_without_dtype_output", "e_backward_output", "zeros_without_dtype_output",
                                  "sp_backward_data"]
