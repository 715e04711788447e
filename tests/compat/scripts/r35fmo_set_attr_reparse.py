"""Symbol._set_attr on an operator re-reads the node's whole attribute map as MXNet's parser does: its error names the node and lists every attribute in the map's order, a refused entry stays listed (and fails later sets) while the op keeps reading its old value."""
# recorded on AVX2
import json

import mxnet as mx

x = mx.sym.var('x')


def t(s, **kw):
    try:
        s._set_attr(**kw)
        print('ok', kw)
    except Exception as e:
        lines = str(e).splitlines()
        print(type(e).__name__, kw, '|', lines[0][:150], '|', lines[-1])
    print('  ', s.list_attr(), s.name)


with mx.AttrScope(ctx_group='dev1', __foo__='x'):
    w = mx.sym.FullyConnected(x, num_hidden=2, name='w', attr={'__lr_mult__': '2'})
t(w, mood='blue')
t(w, zeta='blue')
t(w, num_hidden='abc')
t(w, flatten='maybe')
v = mx.sym.FullyConnected(x, num_hidden=2, name='v')
t(v, flatten='False')
t(v, lr_mult='3', __wd_mult__='0')
t(v, num_hidden='abc')
print(v.infer_shape(x=(3, 5))[1])
print(json.loads(v.tojson())['nodes'][-1])
t(v, name='renamed')
t(v, num_hidden='4')
print(v.infer_shape(x=(3, 5))[1], v.name)
t(v, mood='x')
t(v, num_hidden='6')
print(v.infer_shape(x=(3, 5))[1])
print(json.loads(v.tojson())['nodes'][-1])
c = mx.sym.Convolution(x, num_filter=2, kernel=(3, 3), name='cv')
t(c, kernel='(3,)')
t(c, layout='NCWH')
t(c, __ctx_group__='a', mood='x')
c = mx.sym.Convolution(x, num_filter=2, kernel=(3, 3), name='cv', attr={'__lr_mult__': '0.1'})
t(c, num_filter='3', pad='(1,1)')
print(c.infer_shape(x=(1, 1, 4, 4))[1])
a = mx.sym.Activation(x, act_type='relu', name='act')
t(a, act_type='nope')
t(a, mood='nope')
s = mx.sym.sum(x, axis=1, name='s')
t(s, mood='nope')
t(s, axis='nope')
e = mx.sym.elemwise_add(x, x, name='e')
t(e, mood='nope')
p = mx.sym.Pooling(x, kernel=(2, 2), pool_type='max', name='pool')
t(p, kernel='(2,2,2,2)')
t(p, pool_type='avg')
t(p, pool_type='nope')
t(p, stride='(1,1)')
print(p.infer_shape(x=(1, 1, 4, 4))[1])
d = mx.sym.Dropout(x, p=0.3, name='do')
t(d, p='2')
t(d, mode='always')
t(d, p='0.5')
r = mx.sym.Reshape(x, shape=(2, -1), name='rs')
t(r, shape='(-1,)', reverse='True')
print(r.infer_shape(x=(2, 3))[1])
k = mx.sym.var('k', shape=(2,))
t(k, mood='blue', lr_mult='2')
t(k, __shape__='(3,)')
print(k.infer_shape())
