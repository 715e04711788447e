"""mx.np.swapaxes (and the array's swapaxes) reads each axis from its text as MXNet's int parser does: '1', ' -1 ',
'+1' and '01' are axes, '1.0', '1e0', 'None' or '(1)' are refused naming dim1/dim2; the methods' other int and
int-or-None attributes ('+2' repeats, '+1' decimals, ddof or axis) read a sign too, a bare '+1' as axes does not."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.arange(6).reshape(2, 3)


def show(label, call):
    try:
        r = call()
        print(label, r.shape, r.dtype, r.asnumpy().tolist())
    except mx.MXNetError as e:
        print(label, "MXNetError:", str(e).strip().split("\n")[-1])


for text in ["1", " 1", "1 ", "+1", "01", "-1", " -1 ", "-2", "-3", "5", "1.0", "1e0", "0x1", "1,", "", "None",
             "(1)", "x"]:
    show(f"np.swapaxes(a, {text!r}, 0)", lambda: np.swapaxes(a, text, 0))
    show(f"np.swapaxes(a, 0, {text!r})", lambda: np.swapaxes(a, 0, text))
    show(f"a.swapaxes({text!r}, 0)", lambda: a.swapaxes(text, 0))
show("np.swapaxes(a, '1', '0')", lambda: np.swapaxes(a, "1", "0"))
show("np.swapaxes(a, 1.0, 0)", lambda: np.swapaxes(a, 1.0, 0))
show("np.swapaxes(a, True, 0)", lambda: np.swapaxes(a, True, 0))
show("np.swapaxes(a, None, 0)", lambda: np.swapaxes(a, None, 0))
show("np.swapaxes(a, (1,), 0)", lambda: np.swapaxes(a, (1,), 0))
show("np.swapaxes(a, [1], 0)", lambda: np.swapaxes(a, [1], 0))
show("np.swapaxes(0-d, '0', 0)", lambda: np.swapaxes(np.array(1.), "0", 0))
show("a.sum(axis='+1')", lambda: a.sum(axis="+1"))
show("a.sum(axis='(+1,)')", lambda: a.sum(axis="(+1,)"))
show("a.max(axis='(+1, 0)')", lambda: a.max(axis="(+1, 0)"))
show("a.repeat('+2')", lambda: a.repeat("+2"))
show("a.round('+1')", lambda: a.round("+1"))
show("a.std(ddof='+1')", lambda: a.std(ddof="+1"))
show("a.argsort(axis='+1')", lambda: a.argsort(axis="+1"))
x = np.arange(6.).reshape(2, 3)
x.attach_grad()
with mx.autograd.record():
    y = np.swapaxes(x, "1", "0")
    z = (y * np.arange(6.).reshape(3, 2)).sum()
z.backward()
print("grad", x.grad.tolist())
