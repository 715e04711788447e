"""mx.operator: the Prop decides a Custom node's inputs, outputs, shapes and types; loss layers;
the deprecated NumpyOp/NDArrayOp. Expected values measured on MXNet 1.9.1."""
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet.test_utils import assert_almost_equal, check_numeric_gradient


class _Scale(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[1])
        aux[0][:] += 1

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.seen_req = list(req)
        self.assign(in_grad[0], req[0], in_data[1] * out_grad[0])
        self.assign(in_grad[1], req[1], in_data[0] * out_grad[0])


@mx.operator.register("test_scale_with_count")
class _ScaleProp(mx.operator.CustomOpProp):
    def list_arguments(self):
        return ["lhs", "rhs"]

    def list_outputs(self):
        return ["scaled"]

    def list_auxiliary_states(self):
        return ["count"]

    def infer_shape(self, in_shape):
        return in_shape, [in_shape[0]], [[1]]

    def create_operator(self, ctx, shapes, dtypes):
        return _Scale()


class _Halve(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] / 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], in_data[0] * 3)      # a loss: the head gradient is not read


@mx.operator.register("test_halve_loss")
class _HalveProp(mx.operator.CustomOpProp):
    def __init__(self):
        super().__init__(need_top_grad=False)

    def create_operator(self, ctx, shapes, dtypes):
        return _Halve()


def test_prop_names_the_inputs_outputs_and_auxiliary_states():
    with mx.name.NameManager():
        s = mx.sym.Custom(op_type="test_scale_with_count", name="sc")
        assert s.list_arguments() == ["sc_lhs", "sc_rhs"]
        assert s.list_auxiliary_states() == ["sc_count"] and s.list_outputs() == ["sc_scaled"]
        s = mx.sym.Custom(rhs=mx.sym.var("a"), lhs=mx.sym.var("b"), count=mx.sym.var("c"), op_type="test_scale_with_count")
        assert s.list_arguments() == ["b", "a"] and s.list_auxiliary_states() == ["c"]
        assert "num_args" not in s.attr_dict()[s.name]               # MXNet keeps only the user's attributes
        reloaded = mx.sym.load_json(s.tojson())
        assert reloaded.list_arguments() == ["b", "a"] and reloaded.list_auxiliary_states() == ["c"]
        assert s.infer_shape(a=(2, 3), b=(2, 3)) == ([(2, 3), (2, 3)], [(2, 3)], [(1,)])
        assert s.infer_type(a=np.float64, b=np.float64)[2] == [np.float64]


def test_wrong_inputs_are_refused_as_mxnet_does():
    with pytest.raises(mx.MXNetError, match="Cannot find custom operator nope"):
        mx.sym.Custom(mx.sym.var("a"), op_type="nope")
    with pytest.raises(mx.MXNetError, match="Incorrect number of arguments, requires 3, provided 4"):
        mx.sym.Custom(*[mx.sym.var(n) for n in "abcd"], op_type="test_scale_with_count")
    with pytest.raises(mx.MXNetError):
        mx.nd.Custom(mx.nd.ones((2,)), op_type="test_scale_with_count")


def test_executor_updates_aux_in_place_and_honours_null_requests():
    s = mx.sym.Custom(mx.sym.var("a"), mx.sym.var("b"), mx.sym.var("n"), op_type="test_scale_with_count")
    count = mx.nd.zeros((1,))
    e = s.bind(mx.cpu(), {"a": mx.nd.array([1., 2.]), "b": mx.nd.array([3., 4.])},
               args_grad={"a": mx.nd.ones((2,)), "b": mx.nd.zeros((2,))}, grad_req={"a": "add", "b": "null"},
               aux_states={"n": count})
    e.forward(is_train=True)
    e.backward(mx.nd.ones((2,)))
    assert_almost_equal(e.outputs[0], np.array([3., 8.]))
    assert_almost_equal(e.grad_dict["a"], np.array([4., 5.]))
    assert_almost_equal(e.grad_dict["b"], np.array([0., 0.]))
    assert count.asscalar() == 1


def test_numeric_gradient_of_a_custom_symbol():
    s = mx.sym.Custom(mx.sym.var("a"), mx.sym.var("b"), mx.sym.var("n"), op_type="test_scale_with_count")
    rs = np.random.RandomState(3)
    check_numeric_gradient(s, [rs.rand(2, 3), rs.rand(2, 3)], [np.zeros((1,))])


def test_loss_layer_ignores_the_head_gradient():
    x = mx.nd.array([1., 2.])
    x.attach_grad(grad_req="add")
    x.grad[:] = 10
    with mx.autograd.record():
        y = mx.nd.Custom(x, op_type="test_halve_loss") * 5
    y.backward()
    assert_almost_equal(x.grad, np.array([13., 16.]))          # MXNet 1.9.1: 10 + 3x, the factor 5 never reaches it
    e = mx.sym.Custom(mx.sym.var("x"), op_type="test_halve_loss").simple_bind(mx.cpu(), x=(2,))
    e.forward(is_train=True, x=mx.nd.array([1., 2.]))
    e.backward()                                     # no head gradient needed
    assert_almost_equal(e.grad_dict["x"], np.array([3., 6.]))


def test_default_prop_methods_as_mxnet():
    prop = _HalveProp()
    assert prop.declare_backward_dependency([0], [1], [2]) == [1, 2]
    assert mx.operator.CustomOpProp().declare_backward_dependency([0], [1], [2]) == [0, 1, 2]
    assert prop.infer_storage_type(["default"]) == (["default"], ["default"], [])
    assert prop.infer_storage_type_backward(["default"], ["default"], ["default"], ["undefined"], []) == \
        (["default"], ["default"], ["default"], ["default"], [])
    with pytest.raises(AssertionError, match="non default stype 'csr'"):
        prop.infer_storage_type(["csr"])
    op, dst = mx.operator.CustomOp(), mx.nd.ones((2,))
    op.assign(dst, "add", mx.nd.ones((2,)))
    op.assign(dst, "null", mx.nd.zeros((2,)))
    assert_almost_equal(dst, np.array([2., 2.]))


class _NDArrayDouble(mx.operator.NDArrayOp):
    def forward(self, in_data, out_data):
        out_data[0][:] = in_data[0] * 2

    def backward(self, out_grad, in_data, out_data, in_grad):
        in_grad[0][:] = out_grad[0] * 2


def test_deprecated_ndarray_op_warns_and_runs_in_a_symbol():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        double = _NDArrayDouble()
    assert [str(w.message) for w in caught] == ["PythonOp has been deprecated. Please use CustomOp",
                                               "NDArrayOp has been deprecated. Please use CustomOp"]
    with mx.name.NameManager():
        s = double(data=mx.sym.var("x"), name="d")
        assert s.list_arguments() == ["x"] and s.list_outputs() == ["d_output"]
    e = s.bind(mx.cpu(), {"x": mx.nd.array([1., 2.])}, args_grad={"x": mx.nd.zeros((2,))})
    assert_almost_equal(e.forward(is_train=True)[0], np.array([2., 4.]))
    e.backward(mx.nd.array([1., 3.]))
    assert_almost_equal(e.grad_dict["x"], np.array([2., 6.]))


class _Failing(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        assert False, "broken forward"


@mx.operator.register("test_failing_forward")
class _FailingProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return _Failing()


def test_an_error_in_user_code_is_printed_and_raised_as_mxnet_error(capsys):
    with pytest.raises(mx.MXNetError, match=r"Check failed: .*\[kCustomOpForward\]\): $"):
        mx.nd.Custom(mx.nd.ones((2,)), op_type="test_failing_forward").wait_to_read()
    printed = capsys.readouterr().out
    assert printed.startswith("Error in CustomOp.forward: Traceback") and "broken forward" in printed


def test_operator_introspection_names_arrays_then_parameters():
    args = mx.operator.get_operator_arguments("FullyConnected")
    # the names and boolean types MXNet 1.9.1 reports
    assert args.narg == 6 and args.names == ["data", "weight", "bias", "num_hidden", "no_bias", "flatten"]
    assert args.types[:3] == ["NDArray-or-Symbol"] * 3 and args.types[4:] == ["boolean, optional, default=0",
                                                                               "boolean, optional, default=1"]
    names = mx.operator.get_all_registered_operators()
    assert names == sorted(names) and "Custom" in names and "FullyConnected" in names
    with pytest.raises(mx.MXNetError):
        mx.operator.get_operator_arguments("no_such_operator")


class _Counting(mx.operator.CustomOp):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def forward(self, is_train, req, in_data, out_data, aux):
        self.calls += 1
        self.assign(out_data[0], req[0], in_data[0] + self.calls)


CREATED = []


@mx.operator.register("test_counting")
class _CountingProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        CREATED.append(shapes)
        return _Counting()


def test_an_executor_creates_its_operator_once_and_nd_once_per_call():
    e = mx.sym.Custom(mx.sym.var("x"), op_type="test_counting").bind(mx.cpu(), {"x": mx.nd.zeros((2,))})
    outs = [e.forward()[0].asnumpy()[0] for _ in range(3)]
    assert outs == [1., 2., 3.] and CREATED == [[[2]]]           # one operator per bind, as in MXNet
    assert mx.nd.Custom(mx.nd.zeros((2,)), op_type="test_counting").asnumpy()[0] == 1.
    assert mx.nd.Custom(mx.nd.zeros((2,)), op_type="test_counting").asnumpy()[0] == 1.
    assert len(CREATED) == 3


def test_registering_a_name_again_overrides_it_with_a_notice(capsys):
    @mx.operator.register("test_registered_twice")
    class First(mx.operator.CustomOpProp):
        pass

    @mx.operator.register("test_registered_twice")
    class Second(mx.operator.CustomOpProp):
        def list_outputs(self):
            return ["second"]

    assert "overriding existing custom operator test_registered_twice" in capsys.readouterr().err
    assert mx.sym.Custom(mx.sym.var("x"), op_type="test_registered_twice", name="r").list_outputs() == ["r_second"]


PROPS_MADE = []


@mx.operator.register("test_prop_counting")
class _PropCounting(mx.operator.CustomOpProp):
    def __init__(self, k="1"):
        super().__init__()
        PROPS_MADE.append(k)

    def create_operator(self, ctx, shapes, dtypes):
        return _Halve()


def test_props_are_made_when_mxnet_makes_them():
    # MXNet 1.9.1: one Prop per sym.Custom (attributes parsed), none for inference or binding,
    # one per nd.Custom call
    s = mx.sym.Custom(mx.sym.var("x"), op_type="test_prop_counting", k=2)
    assert PROPS_MADE == ["2"]
    s.infer_shape(x=(2,))
    s.list_outputs()
    e = s.bind(mx.cpu(), {"x": mx.nd.ones((2,))})
    e.forward()
    e.forward()
    assert PROPS_MADE == ["2"]
    mx.sym.Custom(mx.sym.var("x"), op_type="test_prop_counting", k=2)
    mx.nd.Custom(mx.nd.ones((2,)), op_type="test_prop_counting", k=2)
    assert PROPS_MADE == ["2", "2", "2"]


def test_missing_or_unknown_op_type_fails_mxnets_parameter_checks():
    for given in ({}, {"op_type": ""}):
        with pytest.raises(mx.MXNetError, match="Check failed: !params.op_type.empty\\(\\): Required argument "
                                                "`op_type` is missing.$"):
            mx.nd.Custom(mx.nd.ones((1,)), **given)
    with pytest.raises(mx.MXNetError, match="Cannot find custom operator None$"):    # (None is passed as its text)
        mx.nd.Custom(mx.nd.ones((1,)), op_type=None)
    with pytest.raises(mx.MXNetError, match="Cannot find custom operator 3$"):
        mx.sym.Custom(mx.sym.var("x"), op_type=3)


@mx.operator.register("test_identity_for_counts")
class _IdentityProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return _Identity()


class _Identity(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0])


@pytest.mark.parametrize("count", [0, 2])
def test_a_wrong_number_of_inputs_fails_mxnets_count_check(count):
    with pytest.raises(mx.MXNetError, match=rf"Check failed: num_inputs == infered_num_inputs \({count} vs. 1\) : "
                                            rf"Operator Custom expects 1 inputs, but got {count} instead.$"):
        mx.nd.Custom(*[mx.nd.ones((1,))] * count, op_type="test_identity_for_counts")


def test_register_takes_a_text_name_only():
    with pytest.raises(AttributeError, match="'int' object has no attribute 'encode'"):
        mx.operator.register(3)(_IdentityProp)


@pytest.mark.parametrize("method, check", [("infer_shape", "CustomOpInferShapeFunc"),
                                           ("infer_type", "CustomOpInferTypeFunc"),
                                           ("list_outputs", "CustomOpListFunc"),
                                           ("declare_backward_dependency", "CustomOpBwdDepFunc"),
                                           ("create_operator", "CustomOpCreateFunc")])
def test_a_prop_method_error_is_printed_then_raised_as_mxnets_failed_callback_check(method, check, capsys):
    def broken(self, *args):
        raise ValueError("broken " + method)

    prop = type("BrokenProp", (_IdentityProp,), {method: broken})
    mx.operator.register("test_broken_" + method)(prop)
    with pytest.raises(mx.MXNetError, match=rf"Check failed: reinterpret_cast<{check}>\( .*\): $"):
        mx.nd.Custom(mx.nd.ones((2,)), op_type="test_broken_" + method).wait_to_read()
    printed = capsys.readouterr().out
    assert printed.startswith(f"Error in test_broken_{method}.{method}: Traceback") and "broken " + method in printed


@pytest.mark.parametrize("method, returned, message", [
    ("infer_shape", lambda s: (s, [], []), "InferShape Error: expecting 1 entries in returned output shapes, got 0."),
    ("infer_shape", lambda s: ([], s, []), "InferShape Error: expecting 1 entries in returned input shapes, got 0."),
    ("infer_shape", lambda s: (s, s, s), "InferShape Error: expecting 0 entries in returned aux state shapes, got 1."),
    ("infer_shape", lambda s: (s,), "infer_shape must return 2 or 3 lists"),
    ("infer_type", lambda t: (t, t + t), "InferType Error: expecting 1 entries in returned output types, got 2."),
])
def test_prop_inference_returning_wrong_counts_fails_mxnets_assertion_in_the_call_back(method, returned, message,
                                                                                       capsys):
    name = f"test_counts_{method}_{message[:30]}"
    mx.operator.register(name)(type("CountingProp", (_IdentityProp,), {method: lambda self, x: returned(x)}))
    with pytest.raises(mx.MXNetError, match="Check failed: reinterpret_cast<CustomOp"):
        mx.nd.Custom(mx.nd.ones((2,)), op_type=name).wait_to_read()
    assert capsys.readouterr().out.rstrip().endswith("AssertionError: " + message)


def test_infer_type_may_not_change_the_input_types_and_names_types_by_numpy_class(capsys):
    def register(name, returned):
        mx.operator.register(name)(type("TypingProp", (_IdentityProp,), {"infer_type": lambda self, t: returned(t)}))
    register("test_types_f64_inputs", lambda t: ([np.float64], [np.float64], []))
    with pytest.raises(mx.MXNetError, match="Type inconsistent, Provided = float32, inferred type = float64$"):
        mx.nd.Custom(mx.nd.ones((2,)), op_type="test_types_f64_inputs")
    assert mx.nd.Custom(mx.nd.ones((2,), dtype="float64"), op_type="test_types_f64_inputs").dtype == np.float64
    register("test_types_text", lambda t: (t, ["float16"], []))
    with pytest.raises(mx.MXNetError, match="CustomOpInferTypeFunc"):
        mx.nd.Custom(mx.nd.ones((2,)), op_type="test_types_text")
    assert capsys.readouterr().out.rstrip().endswith("KeyError: 'float16'")


def test_custom_backward_is_not_run_when_no_input_requires_a_gradient():
    calls = []

    class Copy(mx.operator.CustomOp):
        def forward(self, is_train, req, in_data, out_data, aux):
            self.assign(out_data[0], req[0], in_data[0])

        def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
            calls.append(req)
            self.assign(in_grad[0], req[0], out_grad[0])

    @mx.operator.register("r15ag_copy_null")
    class CopyProp(mx.operator.CustomOpProp):
        def create_operator(self, ctx, shapes, dtypes):
            return Copy()

    x = mx.nd.ones(2)
    x.attach_grad("null")
    with mx.autograd.record():
        y = mx.nd.Custom(x, op_type="r15ag_copy_null")
    with pytest.raises(mx.base.MXNetError, match="There are no inputs in computation graph that require gradients"):
        y.backward()
    assert calls == []


def _register_copy(name, **methods):
    class Copy(mx.operator.CustomOp):
        def forward(self, is_train, req, in_data, out_data, aux):
            for i, o in enumerate(out_data):
                self.assign(o, req[i], in_data[0])

    def create_operator(self, ctx, shapes, dtypes):
        return Copy()

    mx.operator.register(name)(type(name, (mx.operator.CustomOpProp,), dict(create_operator=create_operator,
                                                                             **methods)))


def test_custom_op_refuses_an_input_shape_its_prop_changes():
    _register_copy("r15ag_reshaping", infer_shape=lambda self, shapes: ([(4,)], [(4,)], []))
    with pytest.raises(mx.base.MXNetError, match=r"Shape inconsistent, Provided = \[3\], inferred shape=\[4\]$"):
        mx.nd.Custom(mx.nd.ones(3), op_type="r15ag_reshaping")


def test_custom_op_listing_no_outputs_returns_an_empty_list():
    _register_copy("r15ag_no_outputs", list_outputs=lambda self: [])
    assert mx.nd.Custom(mx.nd.ones(3), op_type="r15ag_no_outputs") == []


def test_custom_prop_creating_no_operator_fails_at_the_call(capsys):
    mx.operator.register("r15ag_creates_none")(type("NoneProp", (mx.operator.CustomOpProp,),
                                                    dict(create_operator=lambda self, ctx, s, d: None)))
    with pytest.raises(mx.base.MXNetError, match=r"Check failed: reinterpret_cast<CustomOpCreateFunc>"):
        mx.nd.Custom(mx.nd.ones(3), op_type="r15ag_creates_none")
    printed = capsys.readouterr().out
    assert printed.startswith("Error in r15ag_creates_none.create_operator: Traceback")
    assert printed.rstrip().endswith("AttributeError: 'NoneType' object has no attribute '_ref_holder'")
