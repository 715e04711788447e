"""clip needs both bounds: a left-out bound is a missing parameter (a_max named first), a None one a parse error."""
import mxnet as mx

nd = mx.nd
x = nd.array([-2., 0.5, 3.])
cases = [("no bounds", lambda: nd.clip(x)), ("a_min only", lambda: nd.clip(x, a_min=0)),
         ("a_max only", lambda: nd.clip(x, a_max=0)), ("one positional", lambda: nd.clip(x, 0)),
         ("None, 1", lambda: nd.clip(x, None, 1)), ("0, None", lambda: nd.clip(x, 0, None)),
         ("method with one bound", lambda: x.clip(0)), ("method", lambda: x.clip(0, 1)),
         ("keywords", lambda: nd.clip(data=x, a_min=-1, a_max=1)), ("reversed", lambda: nd.clip(x, 1, -1)),
         ("symbol missing a_max", lambda: mx.sym.clip(mx.sym.var("x"), a_min=0)),
         ("symbol", lambda: mx.sym.clip(mx.sym.var("x"), 0, 1).eval(x=x)[0])]
for name, f in cases:
    try:
        print(name, f().asnumpy().tolist())
    except mx.base.MXNetError as e:
        line = str(e).strip().splitlines()[-1]
        print(name, "MXNetError", line[line.index("MXNetError: ") + 12:] if "MXNetError: " in line else line)
y = nd.array([-2., -1., 0.5, 1., 3.])
y.attach_grad()
with mx.autograd.record():
    z = nd.clip(y, -1, 1)
z.backward()
print("gradient", y.grad.asnumpy().tolist())
