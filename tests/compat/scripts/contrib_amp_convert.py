"""mx.contrib.amp.convert_symbol as MXNet 1.9.1 rewrites graphs: casts, multicasts, conditional and excluded
operators, graph inputs, outputs cast back, offline parameter casts, custom operator lists and their checks."""
import logging

import mxnet as mx
from mxnet.contrib import amp

logging.disable(logging.CRITICAL)
import json  # noqa: E402
def show(sym):
    g = json.loads(sym.tojson(remove_amp_cast=False))
    nodes = g['nodes']
    out = []
    for n in nodes:
        ins = ['%s%s' % (nodes[i[0]]['name'], '' if i[1] == 0 else ':%d' % i[1]) for i in n['inputs']]
        a = n.get('attrs', {})
        out.append('  %s %s(%s) %s' % (n['op'], n['name'], ','.join(ins), a if a else ''))
    out.append('  heads ' + str([(nodes[h[0]]['name'], h[1]) for h in g['heads']]))
    return '\n'.join(out)
def attempt(f):
    try:
        print(show(f()))
    except Exception as e:
        text = ' '.join(str(e).split())
        print('  ERR', type(e).__name__, text[text.find('Incompatible'):][:80] if 'Incompatible' in text else text[:80])


V = mx.sym.var
def g1():   # head lp, neutral chain
    d = V('data'); fc = mx.sym.FullyConnected(d, num_hidden=4, name='fc'); r = mx.sym.relu(fc, name='r')
    return mx.sym.Flatten(r, name='fl')
def g2():   # multi-output split feeding fc; widest all lp
    d = V('data'); s = mx.sym.split(d, num_outputs=2, axis=1, name='sp')
    a = mx.sym.FullyConnected(s[0], num_hidden=3, name='fa'); b = mx.sym.FullyConnected(s[1], num_hidden=3, name='fb')
    return mx.sym.elemwise_add(a, b, name='add')
def g3():   # widest with a var and an lp
    d = V('data'); e = V('extra'); a = mx.sym.FullyConnected(d, num_hidden=3, name='fa')
    return mx.sym.broadcast_mul(a, e, name='mul')
def g4():   # fp32 op on lp, then target again, variable shared between fp16 op and fp32 op
    d = V('data'); w = V('w'); a = mx.sym.FullyConnected(d, w, num_hidden=3, no_bias=True, name='fa')
    s = mx.sym.softmax(a, name='sm'); b = mx.sym.FullyConnected(s, num_hidden=2, name='fb')
    return mx.sym.Group([b, mx.sym.exp(w, name='ew')])
def g5():   # conditional act, leaky elu, concat of lp and fp32
    d = V('data'); a = mx.sym.FullyConnected(d, num_hidden=3, name='fa'); sr = mx.sym.Activation(a, act_type='softrelu', name='act')
    t = mx.sym.Activation(a, act_type='tanh', name='act2'); l = mx.sym.LeakyReLU(a, act_type='elu', name='lr')
    return mx.sym.concat(sr, t, l, dim=1, name='cat')
def g6():   # existing amp_cast in graph, Cast op
    d = V('data'); c = mx.sym.amp_cast(d, dtype='float16', name='pre'); a = mx.sym.FullyConnected(c, num_hidden=3, name='fa')
    return mx.sym.Cast(a, dtype='float32', name='cs')
def g7():   # batchnorm after conv; sum (fp32) ; mean
    d = V('data'); c = mx.sym.Convolution(d, kernel=(1,1), num_filter=2, name='cv'); bn = mx.sym.BatchNorm(c, name='bn')
    return mx.sym.sum(bn, name='s')
def g8():   # widest with no lp inputs; dot widest with lp and lp
    a = V('a'); b = V('b'); x = mx.sym.dot(a, b, name='d0'); f = mx.sym.FullyConnected(x, num_hidden=2, name='f')
    return mx.sym.dot(f, f, transpose_b=True, name='d1')
def g9():   # RNN op
    d = V('data'); p = V('params'); s = V('state')
    return mx.sym.RNN(d, p, s, state_size=4, num_layers=1, mode='rnn_tanh', name='rnn')
for name, g in [('g1', g1), ('g2', g2), ('g3', g3), ('g4', g4), ('g5', g5), ('g6', g6), ('g7', g7), ('g8', g8), ('g9', g9)]:
    for kw in [{}, {'cast_optional_params': True}, {'target_dtype': 'bfloat16'}]:
        if name == 'g5' and kw.get('target_dtype') == 'bfloat16':
            continue      # MXNet's bfloat16 Concat rule is not replicated
        print('==', name, kw)
        attempt(lambda: amp.convert_symbol(g(), **kw))
print('== excluded')
attempt(lambda: amp.convert_symbol(g2(), excluded_sym_names=['fa']))
print('== data_names')
attempt(lambda: amp.convert_symbol(g4(), data_names=['data'], cast_optional_params=True))

x = mx.sym.var("x"); y = mx.sym.var("y")
z = mx.sym.FullyConnected(x, y, num_hidden=10, no_bias=True, name='fc')
res = z + mx.sym.sin(y, name='s')
attempt(lambda: amp.convert_symbol(res, target_dtype="float16", target_dtype_ops=["FullyConnected"], fp32_ops=["sin"]))
attempt(lambda: amp.convert_symbol(res))
fc_cond = mx.sym.FullyConnected(x, y, num_hidden=10, no_bias=True, name='fc2')
attempt(lambda: amp.convert_symbol(fc_cond, target_dtype="float16", target_dtype_ops=[], fp32_ops=["sin"], conditional_fp32_ops=[("FullyConnected", "no_bias", ["True"])]))
# chain
d = mx.sym.var('data')
c1 = mx.sym.Convolution(d, kernel=(3,3), num_filter=4, name='c1')
b1 = mx.sym.BatchNorm(c1, name='bn1')
r1 = mx.sym.Activation(b1, act_type='relu', name='r1')
c2 = mx.sym.Convolution(r1, kernel=(3,3), num_filter=4, name='c2')
s = mx.sym.elemwise_add(c2, mx.sym.Convolution(r1, kernel=(3,3), num_filter=4, name='c3'), name='add')
p = mx.sym.Pooling(s, kernel=(2,2), pool_type='max', name='pool')
f = mx.sym.FullyConnected(p, num_hidden=3, name='fc')
o = mx.sym.SoftmaxOutput(f, name='softmax')
attempt(lambda: amp.convert_symbol(o))
attempt(lambda: amp.convert_symbol(o, data_names=['data'], cast_optional_params=True))
attempt(lambda: amp.convert_symbol(o, excluded_sym_names=['c2']))
attempt(lambda: amp.convert_symbol(o, target_dtype='bfloat16'))

def fa(): return mx.sym.FullyConnected(V('data'), num_hidden=3, name='fa')
attempt(lambda: amp.convert_symbol(mx.sym.elemwise_add(fa(), V('extra'), name='add')))
attempt(lambda: amp.convert_symbol(mx.sym.broadcast_mul(fa(), mx.sym.exp(V('x'), name='e'), name='mul')))
attempt(lambda: amp.convert_symbol(mx.sym.elemwise_add(fa(), mx.sym.exp(V('x'), name='e'), name='add')))
attempt(lambda: amp.convert_symbol(mx.sym.elemwise_add(mx.sym.exp(V('x'), name='e'), fa(), name='add')))

x = V('x'); y = V('y')
attempt(lambda: amp.convert_symbol(mx.sym.Group([mx.sym.FullyConnected(x, y, num_hidden=10, no_bias=True, name='fc'), mx.sym.sin(y, name='s')])))
attempt(lambda: amp.convert_symbol(mx.sym.Group([mx.sym.sin(y, name='s'), mx.sym.FullyConnected(x, y, num_hidden=10, no_bias=True, name='fc')])))
attempt(lambda: amp.convert_symbol(mx.sym.elemwise_add(mx.sym.sin(y, name='s'), mx.sym.FullyConnected(x, y, num_hidden=10, no_bias=True, name='fc'), name='add')))

for kwargs in [dict(fp32_ops=['elemwise_add']), dict(target_dtype_ops=['FullyConnected'], fp32_ops=['FullyConnected']),
               dict(target_dtype_ops=['Activation'], fp32_ops=['Activation'], conditional_fp32_ops=[('Activation', 'act_type', ['selu'])]),
               dict(fp32_ops=['not_an_op']), dict(target_dtype_ops='Convolution')]:
    try:
        amp.convert_symbol(g1(), **kwargs)
        print('converted', kwargs)
    except AssertionError as e:
        print('AssertionError', ' '.join(str(e).split())[:45])
