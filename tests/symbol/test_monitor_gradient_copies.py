"""What an executor's monitor sees of MXNet's gradient copies: a gradient reaching a further argument is copied
there (``<node>_<k>_copy``), and add_n gives each input the output gradient through an unnamed node."""
import distnet as mx


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
