"""Block naming counters, name scopes, prefixes, params= sharing, __setattr__ over children/parameters, register_child and Sequential indexing: names, reprs and errors."""
import mxnet as mx, warnings
from mxnet import gluon
from mxnet.gluon import nn
def C(name, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
            print(name, '->', repr(r) if not isinstance(r, str) else r)
        except Exception as e:
            print(name, '!!', type(e).__name__, str(e).split('\n')[0][:200])
    for x in w:
        print('   warn', x.category.__name__, str(x.message)[:200])
def n1():
    out = []
    for i in range(3):
        s = nn.HybridSequential()
        with s.name_scope():
            s.add(nn.Dense(1), nn.Dense(1))
            inner = nn.HybridSequential()
            with inner.name_scope():
                inner.add(nn.Dense(1), nn.Conv2D(1, 1))
            s.add(inner)
        out.append([p for p in s.collect_params().keys()])
    return out
C('counters', n1)
def n2():
    with mx.name.Prefix('pp_'):
        d = nn.Dense(1); s = mx.sym.var('x'); f = mx.sym.FullyConnected(s, num_hidden=1)
    return d.name, f.name
C('name_prefix', n2)
def n3():
    with mx.name.NameManager():
        d = nn.Dense(1)
    return d.name
C('name_manager', n3)
def n4():
    s = nn.HybridSequential(prefix='a_')
    with s.name_scope():
        d = nn.Dense(1, prefix='a_')
        with d.name_scope():
            e = nn.Dense(1)
    return d.name, e.name, e.prefix
C('nested_scope_manual', n4)
def n5():
    s = nn.HybridSequential()
    with s.name_scope():
        with s.name_scope():
            d = nn.Dense(1)
    return d.name
C('double_scope', n5)
def n6():
    b = gluon.Block(prefix='x_'); c = gluon.HybridBlock(); return b.name, c.name, b.prefix, repr(b), repr(c)
C('base_names', n6)
def n7():
    class MyBlock(gluon.HybridBlock):
        pass
    class my_block2(gluon.Block):
        pass
    return MyBlock().name, MyBlock().name, my_block2().name
C('custom_counters', n7)
def n8():
    s = nn.Sequential()
    with s.name_scope():
        a = gluon.Block(); b = gluon.Block()
    return a.name, b.name, a.prefix
C('block_in_scope', n8)
def n9():
    b = gluon.Block(prefix='', params=None); return b.name, b.prefix, b.params.prefix
C('empty_prefix', n9)
def n10():
    pd = gluon.ParameterDict('sh_'); w = pd.get('weight', shape=(1, 1))
    d = nn.Dense(1, in_units=1, params=pd); return d.weight is w, d.name, d.prefix, list(d.params.keys())
C('params_pd_other_prefix', n10)
def n11():
    d = nn.Dense(1, in_units=1, prefix='sh_'); d2 = nn.Dense(1, in_units=1, prefix='zz_', params=d.params)
    return d2.weight is d.weight, list(d2.params.keys()), d2.params.prefix
C('share_other_prefix', n11)
def n12():
    d = nn.Dense(1, in_units=1); d2 = nn.Dense(2, in_units=1, params=d.params); return 1
C('share_shape_conflict', n12)
def n13():
    b = gluon.Block(); b.x = 5; b.x = nn.Dense(1); return repr(b)
C('setattr_type_change', n13)
def n14():
    b = gluon.Block(); b.x = nn.Dense(1); b.x = 5; return repr(b)
C('setattr_block_to_int', n14)
def n15():
    b = gluon.Block(); b.x = gluon.Parameter('q', shape=(1,)); b.x = 5; return 1
C('setattr_param_to_int', n15)
def n16():
    b = gluon.Block(); b.x = gluon.Parameter('q', shape=(1,)); return list(b.params.keys()), list(b.collect_params().keys()), list(b._reg_params.keys())
C('param_attr_register', n16)
def n17():
    b = gluon.HybridBlock(); b.x = gluon.Parameter('q', shape=(1,)); b.x = gluon.Parameter('r', shape=(2,)); return list(b._reg_params.items())
C('param_attr_replace', n17)
def n18():
    b = gluon.Block(); b.register_child(nn.Dense(1), 'x'); b.register_child(nn.Dense(2), 'x'); return repr(b)
C('register_same_name', n18)
def n19():
    b = gluon.Block(); b.register_child(5); return 1
C('register_int', n19)
def n20():
    s = nn.Sequential(); s.add(nn.Dense(1)); del s._children['0']; return len(s), repr(s)
C('seq_del', n20)
def n21():
    s = nn.HybridSequential(); d = nn.Dense(1); s.add(d, d); return len(s), repr(s), list(s.collect_params().keys())
C('seq_dup', n21)
def n22():
    s = nn.HybridSequential(); s.add(nn.Dense(1), nn.Dense(2), nn.Dense(3)); return [type(x).__name__ for x in [s[1:], s[::2], s[5:], s[-1]]], len(s[::2]), s[::2][1]._units
C('hseq_slices', n22)
def n23():
    s = nn.HybridSequential(); s.add(nn.Dense(1)); return s[1.0]
C('hseq_float_idx', n23)
def n24():
    s = nn.Sequential(); s.add(nn.Dense(1)); return s[-2]
C('seq_oob', n24)
def n25():
    s = nn.Sequential(); s.add(nn.Dense(1)); return list(iter(s)) if hasattr(s, '__iter__') else 'noiter', [b.name for b in s]
C('seq_iter', n25)
