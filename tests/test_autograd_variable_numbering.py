"""autograd.get_symbol names variables var<N> by one counter that every marked variable advances,
a grad_req='null' one too (as MXNet 1.9.1 does)."""
from distnet import autograd, nd


def _variable_name(x):
    with autograd.record():
        y = x * 2
    return autograd.get_symbol(y).list_arguments()[0]


def test_a_null_variable_takes_a_number():
    a = nd.ones(2)
    a.attach_grad()
    first = int(_variable_name(a)[3:])
    b = nd.ones(2)
    b.attach_grad(grad_req="null")
    c = nd.ones(2)
    c.attach_grad()
    assert _variable_name(c) == f"var{first + 2}"


def test_binding_an_executor_takes_no_number_but_mark_variables_does():
    import distnet as mx
    a = nd.ones(2)
    a.attach_grad()
    first = int(_variable_name(a)[3:])
    data = mx.sym.var("data")
    (data * 2).bind(mx.cpu(), {"data": nd.ones(2)}, args_grad={"data": nd.zeros(2)})
    (data * 2).simple_bind(mx.cpu(), data=(2,))
    c = nd.ones(2)
    c.attach_grad()
    assert _variable_name(c) == f"var{first + 1}"     # as MXNet: its executors mark no autograd variables
    autograd.mark_variables([nd.ones(2)], [nd.zeros(2)])
    d = nd.ones(2)
    d.attach_grad()
    assert _variable_name(d) == f"var{first + 3}"
