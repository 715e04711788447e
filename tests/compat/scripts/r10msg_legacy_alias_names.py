"""Legacy operators called by an alias name refuse mx.np arrays naming the operator as called; mx.np operators meet legacy arrays."""
import operator

import mxnet as mx

nd = mx.nd
a, b = mx.np.ones((2, 2)), nd.ones((2, 2))


def show(label, fn):
    try:
        fn()
        print(label, "ran")
    except Exception as e:      # noqa: BLE001  (the exception is the output)
        message = str(e).split("\n")[0].replace("mxnet.", "").replace("distnet.", "")     # (class paths)
        print(label, type(e).__name__, message)


for name in ["linalg_gemm2", "sample_normal", "elemwise_add", "broadcast_plus", "flatten", "Flatten", "swapaxes",
             "split", "crop", "pad", "sum_axis", "linalg_potrf", "concat", "choose_element_0index", "identity",
             "stop_gradient", "BlockGrad", "make_loss", "elemwise_mul", "dot", "Softmax", "SoftmaxOutput"]:
    show(name, lambda: getattr(nd, name)(a, a))
    show(name + ".__name__", lambda: print(getattr(nd, name).__name__, end=" "))
for space, name in [("linalg", "gemm2"), ("random", "uniform"), ("contrib", "box_nms"),
                    ("contrib", "box_non_maximum_suppression"), ("image", "to_tensor"), ("_internal", "_plus"),
                    ("_internal", "_Plus"), ("op", "elemwise_add")]:
    fn = getattr(getattr(nd, space), name)
    show(f"{space}.{name}", lambda: fn(a, a) if name != "to_tensor" else fn(a))
show("elemwise_add(out=np)", lambda: nd.elemwise_add(b, b, out=a))
show("linalg_gemm2(out=np)", lambda: nd.linalg_gemm2(b, b, out=a))
show("linalg_gemm2 twice", lambda: nd.linalg_gemm2(b, b, A=b))
show("linalg.gemm2 twice", lambda: nd.linalg.gemm2(b, b, A=b))
show("crop too many", lambda: nd.crop(b, (0,), (1,), (1,), None, 1, 2, 3))
for name in ["add", "sub", "mul", "truediv", "mod", "pow", "eq", "lt", "gt"]:
    fn = getattr(operator, name)
    for label, left, right in [("nd,np", b, a), ("np,nd", a, b)]:
        show(f"{name}({label})", lambda: fn(left, right))
print((2 * a).asnumpy().tolist(), (1 + a).asnumpy().tolist())
for name in ["nag_mom_update", "adam_update", "multi_sgd_update", "all_finite", "ftrl_update"]:
    show(f"{name}(np)", lambda: getattr(nd, name)(a))
show("multi_sgd_update(nd, nd, 1)", lambda: nd.multi_sgd_update(b, b, 1, lrs=(0.1,), wds=(0.,)))
