"""Module.bind's refusals of a bad grad_req, an unmapped ctx_group and a gradient placed off its source carry
MXNet's C++ source lines, and the graph's partition note comes before the placement errors, as in MXNet; the same
refusals from simple_bind and bind."""
import os
import re
import sys
import tempfile

import mxnet as mx

S = mx.sym


def attempt(label, f):
    """What f does, after the notes MXNet's C++ side logs on stderr meanwhile (clock times dropped)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as log:
        os.dup2(log.fileno(), 2)
        try:
            f()
            result = 'bound'
        except Exception as e:
            result = '%s %s' % (type(e).__name__, e)
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        log.seek(0)
        notes = [re.sub(r'^\[\d\d:\d\d:\d\d\] ', '', x) for x in log.read().decode().splitlines()]
    print(label, notes)
    print('   ', result)


fc = S.FullyConnected(S.var('data'), num_hidden=4, name='fc')
for req in ['foo', {'fc_weight': 'foo'}, {'fc_weight': 'null', 'fc_bias': 'bar'}]:
    attempt(('simple_bind', req), lambda: fc.simple_bind(mx.cpu(), data=(2, 4), grad_req=req))
    for ctx in [mx.cpu(0), mx.cpu(1)]:
        attempt(('module', req, ctx), lambda: mx.mod.Module(fc, label_names=None, context=ctx).bind(
            [('data', (2, 4))], grad_req=req))

with mx.AttrScope(ctx_group='dev1'):
    h = S.FullyConnected(S.var('data'), num_hidden=4, name='fc1')
with mx.AttrScope(ctx_group='dev2'):
    two_groups = S.FullyConnected(h, num_hidden=3, name='fc2')
with mx.AttrScope(ctx_group='dev1'):
    r = S.relu(S.var('a'), name='r')
    off_source = S.FullyConnected(r, weight=S.var('w'), num_hidden=3, no_bias=True, name='fcz')
e = two_groups.simple_bind(mx.cpu(), data=(2, 4))
for g2c in [{'dev1': mx.cpu(1)}, {'dev2': mx.cpu(2)}]:
    attempt(('simple_bind', g2c), lambda: two_groups.simple_bind(mx.cpu(), data=(2, 4), group2ctx=g2c))
    attempt(('bind', g2c), lambda: two_groups.bind(mx.cpu(), e.arg_dict, args_grad=e.grad_dict, group2ctx=g2c))
    for ctx, train in [(mx.cpu(0), True), (mx.cpu(0), False), (mx.cpu(1), True), ([mx.cpu(0), mx.cpu(2)], True)]:
        attempt(('module', g2c, ctx, train), lambda: mx.mod.Module(
            two_groups, label_names=None, context=ctx, group2ctxs=g2c).bind([('data', (2, 4))], for_training=train))
attempt('off source simple_bind', lambda: off_source.simple_bind(
    mx.cpu(), a=(2, 3), grad_req={'a': 'null', 'w': 'write'}, group2ctx={'dev1': mx.cpu(1)}))
for ctx in [mx.cpu(0), mx.cpu(3)]:
    attempt(('off source module', ctx), lambda: mx.mod.Module(
        off_source, data_names=['a'], label_names=None, context=ctx, group2ctxs={'dev1': mx.cpu(1)}).bind(
        [('a', (2, 3))]))
