"""AttrScope / NameManager ``current``: set through the class, thread-local, deprecated; AttrScope nesting."""
import threading
import warnings

import mxnet as mx
from mxnet.attribute import AttrScope
from mxnet.gluon import block
from mxnet.name import NameManager, Prefix

with AttrScope(a='1') as s:
    print(AttrScope.current is s, s._attr)
    with AttrScope(b='2') as t:
        print(t._attr, AttrScope.current is t, AttrScope.current.get(None), AttrScope.current.get({'c': '3'}))
    print(AttrScope.current is s)
print(AttrScope.current._attr, AttrScope.current.get(None), AttrScope.current.get({}))
scope = AttrScope(q='z')
AttrScope.current = scope
print(AttrScope.current is scope, mx.sym.var('v').attr('q'))
AttrScope.current = AttrScope()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    AttrScope.current, NameManager.current
    NameManager.current = NameManager()
    AttrScope.current = AttrScope()
    print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
with Prefix('p_') as p:
    print(NameManager.current is p, mx.sym.var('x').name, mx.sym.FullyConnected(mx.sym.var('d'), num_hidden=2).name)
try:
    AttrScope(a=1)
except ValueError as e:
    print(e)

# each thread has its own current scope, also after one was set through the class
seen = {}


def worker():
    seen['attr'] = AttrScope.current._attr
    with mx.AttrScope(x='hello'):
        seen['inner'] = dict(AttrScope.current._attr)
    NameManager.current = NameManager()
    seen['name'] = NameManager.current.get(None, 'spawned')

    class Owner:
        prefix, _empty_prefix = 'spawned_', False
    with block._BlockScope(Owner()):
        seen['block'] = NameManager.current.get(None, 'hello')


AttrScope.current = AttrScope(y='hi')
NameManager.current = NameManager()
NameManager.current.get(None, 'main')
thread = threading.Thread(target=worker)
thread.start()
thread.join()
print(sorted(seen.items()), AttrScope.current._attr, sorted(NameManager.current._counter))
AttrScope.current = AttrScope()
