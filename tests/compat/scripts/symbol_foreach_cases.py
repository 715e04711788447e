import mxnet as mx
import numpy as np
np.random.seed(0); mx.random.seed(0)
V = [mx.sym.var("v%d" % i) for i in range(6)]
def as_list(x): return x if isinstance(x, list) else [x]
def run(step, in_syms, state_syms, free_syms, in_arrs, init_states, frees, out_grads, is_train=True):
    res, states = mx.sym.contrib.foreach(lambda a, b: step(a, b, free_syms), in_syms, state_syms)
    out = as_list(res)
    out = [o * 2 for o in out] + list(states)
    out = mx.sym.Group(out)
    js = out.tojson(); out = mx.sym.load_json(js); assert js == out.tojson()
    args, grads = {}, {}
    for i, a in enumerate(as_list(in_arrs) + init_states + frees):
        args['v%d' % i] = a; grads['v%d' % i] = mx.nd.zeros(a.shape, dtype=a.dtype)
    e = out.bind(mx.cpu(), args=args, args_grad=grads if is_train else None)
    e.forward(is_train=is_train)
    if is_train:
        e.backward(out_grads[0] + out_grads[1])
    return [o.asnumpy().round(4).tolist() for o in e.outputs], ([g.asnumpy().round(3).tolist() for g in e.grad_arrays] if is_train else None)
def tr(name, *a, **k):
    try:
        print(name, run(*a, **k))
    except Exception as e:
        print(name, 'ERR', type(e).__name__)
R = lambda *s: mx.nd.array(np.random.uniform(-1, 1, s))
def step1(in1, states, free):
    out = in1 * 2 + states[0] + free[0]
    return (out, [out])
arrs = mx.nd.arange(6).reshape((3, 2)); states = [mx.nd.arange(2)]
og = [[R(3, 2)], [R(2)]]
tr('s1', step1, V[0], [V[1]], [V[2] + V[3]], arrs, states, [mx.nd.arange(2), mx.nd.arange(2) + 1], og)
tr('s1i', step1, V[0], [V[1]], [V[2] + V[3]], arrs, states, [mx.nd.arange(2), mx.nd.arange(2) + 1], og, is_train=False)
tr('s1b', step1, V[0], [V[1]], [V[2]], R(2, 2), states, [R(2)], [[R(2, 2)], [R(2)]])
def step3(in1, states, free):
    out = in1[0] + in1[1] * 2 + states[0] + states[1] * 2 + free[0]
    return ([out, out], [out * 2, out * 3])
tr('s3', step3, [V[0], V[1]], [V[2], V[3]], [V[4]], [R(3, 2), R(3, 2)], [R(2), R(2)], [R(2)], [[R(3, 2), R(3, 2)], [R(2), R(2)]])
def step4(in1, states, free):
    out = in1[1] * 2 + states[0] + free[0] + states[1] * 2 + in1[0]
    return ([out, out * 2], [out * 2, out * 3])
tr('s4', step4, [V[0], V[1]], [V[2], V[3]], [V[4]], [R(3, 2), R(3, 2)], [R(2), R(2)], [R(2)], [[R(3, 2), R(3, 2)], [R(2), R(2)]])
def step5(in1, states, free):
    out1 = mx.sym.broadcast_add(states[0] + free[1], in1[1] * 2)
    out2 = mx.sym.broadcast_add(in1[0], free[0] + states[1] * 2)
    return ([out1, out2 * 2], [states[0] * 2, states[1] * 3])
tr('s5', step5, [V[0], V[1]], [V[2], V[3]], [V[4], V[5]], [R(3, 2, 2), R(3, 2)], [R(2, 2), R(2)], [R(2), R(2, 2)], None, is_train=False)
def step7(in1, states, free):
    out1 = states[0] + in1[0] + free[1] + in1[1] * 2 + free[0]
    out2 = in1[0] + free[0] + states[1] * 2 + in1[1]
    return ([out1, out2 * 2], [states[0] * 2, states[1] * 3])
arrs = R(3, 2); states = [mx.nd.arange(2)]; frees = [R(2)]; og = [[R(3, 2)], [R(2)]]
tr('s8', lambda a, s, f: (a, [s[0] * f[0]]), V[0], [V[1]], [V[2]], arrs, states, frees, og)
tr('s9', lambda a, s, f: (a * f[0], s), V[0], [V[1]], [V[2]], arrs, states, frees, og)
tr('s10', lambda a, s, f: (a, s), V[0], [V[1]], [V[2]], arrs, states, frees, og)
tr('s11', lambda a, s, f: (a, f), V[0], [V[1]], [V[2]], arrs, states, frees, og)
tr('s12', lambda a, s, f: (a, [s[0] + 1, s[0] + 2]), V[0], [V[1], V[2]], [], arrs, [R(2), R(2)], [], og)
tr('s13', lambda a, s, f: (a, s), V[0], [V[1]], [], arrs, [R(2)], [], og)
tr('s14', lambda a, s, f: (a + f[0], []), V[0], [], [V[1]], arrs, [], [R(2)], [og[0], []])
tr('s15', lambda a, s, f: ([], [a * s[0] * f[0]]), V[0], [V[1]], [V[2]], arrs, [R(2)], [R(2)], [[], [R(2)]])
tr('s16', lambda a, s, f: ([a[0] * s[0]], [s[0] * 2]), [V[0]], [V[1]], [], [mx.nd.arange(3)], [R(1)], [], [[R(3, 1)], [R(1)]])
tr('s17', lambda a, s, f: ([a[1] * a[0] * s[0]], [s[0] * 2]), [V[0], V[1]], [V[2]], [], [R(3, 1), mx.nd.arange(3)], [R(1)], [], [[R(3, 1)], [R(1)]])
