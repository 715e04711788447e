"""DataParallelExecutorGroup: one executor per device, each running its slice of every batch."""
import logging
from collections import OrderedDict

import numpy as _np

from .. import context as ctx
from .. import ndarray as nd
from ..base import MXNetError as _MXNetError
from ..executor_manager import _split_input_slice
from ..io import DataDesc
from ..ndarray import ndarray as _ndarray, sparse as _sparse
from ..ndarray.ops_shape import same_size_refusal as _same_size_refusal
from ..symbol import executor as _exe, infer as _infer, mkldnn_fusion as _mkldnn_fusion, placement as _placement
from ..symbol import storage as _storage
from ..util import is_np_shape as _is_np_shape


def _copy_slice(src, dst, part, axis):
    """Copy ``src``'s ``part`` along ``axis`` (all of it when the part is the whole) into ``dst``."""
    if axis < 0 or (part.start == 0 and src.shape[axis] == part.stop):
        src.copyto(dst)
    elif axis == 0:
        src[part.start:part.stop].copyto(dst)
    else:
        nd.slice_axis(src, axis=axis, begin=part.start, end=part.stop).copyto(dst)


def _load_general(data, targets, major_axis):
    """Copy each source array into its targets: one array, per-device arrays, or (slice, array) pairs."""
    for src, target, axis in zip(data, targets, major_axis):
        if isinstance(target, _ndarray.NDArray):
            src.copyto(target)
        elif isinstance(src, (list, tuple)):
            for part, dst in zip(src, target):
                part.copyto(dst)
        else:
            for part, dst in target:
                _copy_slice(src, dst, part, axis)


def _load_batch_field(batch, field, targets, major_axis):
    """Load ``batch.<field>`` (or, for a list of per-device batches, each one's) into ``targets``."""
    if isinstance(batch, list):
        per_device = [[getattr(b, field)[i] for b in batch] for i in range(len(targets))]
        _load_general(per_device, [[dst for _, dst in t] for t in targets], major_axis)
    else:
        _load_general(getattr(batch, field), targets, major_axis)


def _load_data(batch, targets, major_axis):
    """Load the batch's data into the devices' slices."""
    _load_batch_field(batch, "data", targets, major_axis)


def _load_label(batch, targets, major_axis):
    """Load the batch's labels into the devices' slices."""
    _load_batch_field(batch, "label", targets, major_axis)


def _merge_multi_context(outputs, major_axis):
    """Join each output's per-device parts along its batch axis (the first device's when it has none)."""
    merged = []
    for tensors, axis in zip(outputs, major_axis):
        if axis >= 0 and len(tensors) > 1:
            merged.append(nd.concat(*[t.as_in_context(tensors[0].context) for t in tensors], dim=axis))
        else:
            merged.append(tensors[0])
    return merged


def _prepare_group2ctxs(group2ctxs, ctx_len):
    """One ``{ctx_group: context}`` dict (or None) per device."""
    if group2ctxs is None:
        return [None] * ctx_len
    if isinstance(group2ctxs, list):
        assert len(group2ctxs) == ctx_len, f"length of group2ctxs{' ' * 12}should be {ctx_len}"
        return group2ctxs
    if isinstance(group2ctxs, dict):
        ret = [{} for _ in range(ctx_len)]
        for key, value in group2ctxs.items():
            if isinstance(value, ctx.Context):
                contexts = [value] * ctx_len
            elif len(value) == 1:
                contexts = value * ctx_len
            else:
                assert len(value) == ctx_len, f"length of group2ctxs[{key}]{' ' * 24}should be {ctx_len} or 1"
                contexts = value
            for i in range(ctx_len):
                ret[i][key] = contexts[i]
        return ret
    raise AssertionError("group2ctxs should be list of dict of str to context,            "   # (MXNet's spacing)
                         "or dict of str to context or list of context")


def _grad_req_dict(grad_req, arg_names, param_names, fixed_param_names, data_names, inputs_need_grad):
    """{argument: request}: parameters and (with ``inputs_need_grad``) data get ``grad_req``."""
    if isinstance(grad_req, (list, tuple)):
        assert len(grad_req) == len(arg_names)
        return dict(zip(arg_names, grad_req))
    if not isinstance(grad_req, (str, dict)):
        raise ValueError("grad_req must be one of str, list, tuple, or dict.")
    default = grad_req if isinstance(grad_req, str) else "write"
    reqs = {}
    for name in arg_names:
        if name in param_names:
            reqs[name] = "null" if name in fixed_param_names else default
        elif name in data_names:
            reqs[name] = default if inputs_need_grad else "null"
        else:
            reqs[name] = "null"
    if isinstance(grad_req, dict):
        reqs.update(grad_req)
    return reqs


class DataParallelExecutorGroup:
    """Executors of ``symbol`` on ``contexts``; each batch is split between them by ``workload``.

    Parameters are separate arrays on each device; with ``shared_group`` (another bucket of the
    same model) the parameter arrays are that group's, and inputs reuse its ``shared_data_arrays``.
    """

    def __init__(self, symbol, contexts, workload, data_shapes, label_shapes, param_names,
                 for_training, inputs_need_grad, shared_group=None, logger=logging,
                 fixed_param_names=None, grad_req="write", state_names=None, group2ctxs=None):
        self.param_names = param_names
        self.arg_names = symbol.list_arguments()
        self.aux_names = symbol.list_auxiliary_states()
        self.symbol, self.contexts, self.workload = symbol, contexts, workload
        self.group2ctxs = _prepare_group2ctxs(group2ctxs, len(contexts))
        self.for_training, self.inputs_need_grad = for_training, inputs_need_grad
        self.logger = logger
        self._total_exec_bytes = 0
        self.fixed_param_names = fixed_param_names or []
        self.state_names = state_names or []
        data_shapes = [x if isinstance(x, DataDesc) else DataDesc(*x) for x in data_shapes]
        if label_shapes is not None:
            label_shapes = [x if isinstance(x, DataDesc) else DataDesc(*x) for x in label_shapes]
        self.grad_req = _grad_req_dict("null" if not for_training else grad_req, self.arg_names, param_names,
                                       self.fixed_param_names, [x.name for x in data_shapes], inputs_need_grad)
        self.shared_data_arrays = shared_group.shared_data_arrays if shared_group is not None \
            else [{} for _ in contexts]
        self.batch_size = self.slices = None
        self.execs, self._default_execs = [], None
        self.data_arrays = self.label_arrays = self.param_arrays = self.state_arrays = None
        self.grad_arrays = self.aux_arrays = self.input_grad_arrays = None
        self.data_shapes = self.label_shapes = self.data_names = self.label_names = None
        self.data_layouts = self.label_layouts = None
        self.output_names = symbol.list_outputs()
        self.num_outputs = len(self.output_names)
        self.output_layouts = [DataDesc.get_batch_axis(symbol[i].attr("__layout__"))
                               for i in range(self.num_outputs)]
        self.bind_exec(data_shapes, label_shapes, shared_group)

    def decide_slices(self, data_shapes):
        """The batch axis of each input; sets ``batch_size`` and the devices' ``slices``."""
        assert len(data_shapes) > 0
        major_axis = [DataDesc.get_batch_axis(x.layout) for x in data_shapes]
        for (name, shape), axis in zip(data_shapes, major_axis):
            if axis == -1:
                continue
            if self.batch_size is not None:
                assert shape[axis] == self.batch_size, (f"all data must have the same batch size: batch_size = "
                                                        f"{self.batch_size}, but {name} has shape {shape}")
            else:
                self.batch_size = shape[axis]
                self.slices = _split_input_slice(self.batch_size, self.workload)
        return major_axis

    def _collect_arrays(self):
        """Gather the executors' arrays per input, parameter and state (one entry per device)."""
        execs = self.execs
        slices = self.slices or [slice(i, i + 1) for i in range(len(execs))]
        self.data_arrays = [[(slices[i], e.arg_dict[name]) for i, e in enumerate(execs)]
                            for name, _ in self.data_shapes]
        self.state_arrays = [[e.arg_dict[name] for e in execs] for name in self.state_names]
        self.label_arrays = None if self.label_shapes is None else \
            [[(self.slices[i], e.arg_dict[name]) for i, e in enumerate(execs)] for name, _ in self.label_shapes]
        param_index = [i for i, name in enumerate(self.arg_names) if name in self.param_names]
        self.param_arrays = [[e.arg_arrays[i] for e in execs] for i in param_index]
        self.grad_arrays = [[e.grad_arrays[i] for e in execs] for i in param_index] if self.for_training else None
        self.input_grad_arrays = None
        if self.inputs_need_grad:
            self.input_grad_arrays = [[e.grad_arrays[self.arg_names.index(name)] for e in execs]
                                      for name, _ in self.data_shapes if name in self.arg_names]
        self.aux_arrays = [[e.aux_arrays[i] for e in execs] for i in range(len(self.aux_names))]

    def bind_exec(self, data_shapes, label_shapes, shared_group=None, reshape=False):
        """Bind one executor per device (or, with ``reshape``, rebind them for new input shapes)."""
        assert reshape or not self.execs
        self.batch_size = None
        self.data_layouts = self.decide_slices(data_shapes)
        if label_shapes is not None:
            self.label_layouts = self.decide_slices(label_shapes)
        self._label_inputs = {x.name for x in label_shapes or ()}
        for i in range(len(self.contexts)):
            shapes_i = self._sliced_shape(data_shapes, i, self.data_layouts)
            if label_shapes is not None:
                shapes_i += self._sliced_shape(label_shapes, i, self.label_layouts)
            if reshape:
                source = self._default_execs[i]
                reshaped = self._bind_ith_exec(i, shapes_i, source)
                # MXNet reshapes the first executors: a monitor goes along if it was installed on them, not
                # if it was installed after an earlier reshape
                if getattr(source, "_monitor_set_here", False):
                    reshaped.set_monitor_callback(source._monitor_callback, source._monitor_all)
                self.execs[i] = reshaped
            else:
                shared_exec = None if shared_group is None else shared_group.execs[i]
                self.execs.append(self._bind_ith_exec(i, shapes_i, shared_exec))
        self.data_shapes, self.label_shapes = data_shapes, label_shapes
        self.data_names = [i.name for i in data_shapes]
        if label_shapes is not None:
            self.label_names = [i.name for i in label_shapes]
        self._collect_arrays()

    def reshape(self, data_shapes, label_shapes):
        """Rebind for new input shapes; parameters stay shared with the first binding."""
        if data_shapes == self.data_shapes and label_shapes == self.label_shapes:
            return
        if self._default_execs is None:
            self._default_execs = list(self.execs)
        self.bind_exec(data_shapes, label_shapes, reshape=True)

    def set_params(self, arg_params, aux_params, allow_extra=False):
        """Copy the parameters into every device's executor."""
        for exec_ in self.execs:
            exec_.copy_params_from(arg_params, aux_params, allow_extra_params=allow_extra)

    def get_params(self, arg_params, aux_params):
        """Write the devices' average of every parameter into ``arg_params``/``aux_params`` in place."""
        for names, blocks, target in ((self.param_names, self.param_arrays, arg_params),
                                      (self.aux_names, self.aux_arrays, aux_params)):
            for name, block in zip(names, blocks):
                mean = sum(w.copyto(ctx.cpu()) for w in block) / len(block)
                mean.astype(target[name].dtype).copyto(target[name])

    def forward(self, data_batch, is_train=None):
        """Load the batch's slices onto the devices and run forward on each."""
        _load_data(data_batch, self.data_arrays, self.data_layouts)
        if is_train is None:
            is_train = self.for_training
        first = data_batch[0] if isinstance(data_batch, list) else data_batch
        if self.label_arrays is not None and first.label:
            _load_label(data_batch, self.label_arrays, self.label_layouts)
        for exec_ in self.execs:
            exec_.forward(is_train=is_train)

    def get_output_shapes(self):
        """(name, shape) of every output for the whole batch."""
        shapes = []
        for name, out, axis in zip(self.symbol.list_outputs(), self.execs[0].outputs, self.output_layouts):
            shape = list(out.shape)
            if axis >= 0:
                shape[axis] = self.batch_size
            shapes.append((name, tuple(shape)))
        return shapes

    def get_outputs(self, merge_multi_context=True, begin=0, end=None):
        """Outputs ``begin``..``end`` of the last forward, merged or as per-device lists."""
        end = self.num_outputs if end is None else end
        outputs = [[exec_.outputs[i] for exec_ in self.execs] for i in range(begin, end)]
        return _merge_multi_context(outputs, self.output_layouts) if merge_multi_context else outputs

    def get_states(self, merge_multi_context=True):
        """The state arrays, per device."""
        assert not merge_multi_context, "merge_multi_context=True is not supported for get_states yet."
        return self.state_arrays

    def set_states(self, states=None, value=None):
        """Set the states from per-device arrays, or all to the scalar ``value``."""
        if states is not None:
            assert value is None, "Only one of states & value can be specified."
            _load_general(states, self.state_arrays, (0,) * len(states))
            return
        assert value is not None, "At least one of states & value must be specified."
        for per_device in self.state_arrays:
            for dst in per_device:
                dst[:] = value

    def get_input_grads(self, merge_multi_context=True):
        """Gradients of the data inputs, merged or per device."""
        assert self.inputs_need_grad
        if merge_multi_context:
            return _merge_multi_context(self.input_grad_arrays, self.data_layouts)
        return self.input_grad_arrays

    def backward(self, out_grads=None):
        """Backward on every device, each with its slice of the head gradients."""
        assert self.for_training, "re-bind with for_training=True to run backward"
        out_grads = [] if out_grads is None else out_grads
        for i, (exec_, part) in enumerate(zip(self.execs, self.slices)):
            parts = []
            for grad, axis in zip(out_grads, self.output_layouts):
                if axis >= 0:
                    if not isinstance(grad, _ndarray.NDArray):  # MXNet slices it with nd.slice_axis, which refuses it
                        raise AssertionError(f"Argument data must have NDArray type, but got {grad!s}")
                    mine = nd.slice_axis(grad, axis=axis, begin=part.start, end=part.stop)
                    parts.append(mine.as_in_context(self.contexts[i]))
                else:
                    parts.append(grad.copyto(self.contexts[i]))
            exec_.backward(out_grads=parts or None)   # no head gradients: the loss outputs need none

    def update_metric(self, eval_metric, labels, pre_sliced):
        """Update ``eval_metric`` with every device's outputs and its slice of ``labels``."""
        for i, (texec, part) in enumerate(zip(self.execs, self.slices)):
            if pre_sliced:
                labels_slice = labels[i]
            else:
                labels_slice = []
                for label, axis in zip(labels, self.label_layouts):
                    if axis == 0:
                        labels_slice.append(label[part])
                    elif axis > 0:
                        labels_slice.append(nd.slice_axis(label, axis=axis, begin=part.start, end=part.stop)
                                            .as_in_context(label.context))
                    else:
                        labels_slice.append(label)
            eval_metric.update_dict(OrderedDict(zip(self.label_names, labels_slice)),
                                    OrderedDict(zip(self.output_names, texec.outputs)))

    def _input_types(self, descs):
        """Input dtypes: the descriptions', unless the symbol's variable fixes its own ``__dtype__`` (a data
        input's only: a label takes its description's, as MXNet sets the labels' last)."""
        from ..ndarray.ndarray import _DTYPE_MX_TO_NP
        types = {x.name: x.dtype for x in descs}
        attrs = self.symbol.attr_dict()
        for name in self.symbol.list_inputs():
            code = attrs.get(name, {}).get("__dtype__", "-1")
            if name in types and code != "-1" and name not in self._label_inputs:
                types[name] = _DTYPE_MX_TO_NP[int(code)]
        return types

    def _bind_ith_exec(self, i, shapes, source_exec):
        """An executor on device ``i``: parameters (and their gradients and auxiliary states) are
        ``source_exec``'s when it has them; other inputs come from the shared data arrays."""
        _exe.require_context(self.contexts[i])
        context, unplaced = self.contexts[i], None
        try:                    # a context that is not one fails at once; an unmapped group after the grad_req check
            placement = self._placement(i)
        except _MXNetError as e:
            unplaced = e
        reshaping = self._default_execs is not None and source_exec is self._default_execs[i]
        if not reshaping:       # simple_bind hands every shape to its C API as unsigned sizes first
            for d in shapes:
                if isinstance(d.shape, tuple):
                    _exe.c_sizes(d.shape)
        inputs = self.symbol.list_inputs()
        listed = {d.name: d.shape for d in shapes}        # MXNet's error lists every shape passed on, inputs or not
        given = {k: v for k, v in listed.items() if k in inputs}
        try:                    # simple_bind's C API checks the requests (a dict) first
            _exe._simple_bind_grad_reqs(self.arg_names, self.grad_req)
        except _MXNetError as e:
            raise _exe.bind_error(listed, e)
        # a reshape is MXNet's Executor.reshape, whose inference errors come bare (a bind wraps them)
        if not reshaping:       # MXNet's simple_bind notes it on stderr, then places the graph's nodes
            _mkldnn_fusion.announce(_exe.SIMPLE_BIND_LINE, context)
        if unplaced is not None:
            raise _exe.bind_error(listed, unplaced)
        conflict = placement and _placement.gradient_conflict(self.symbol, placement, context, self.grad_req,
                                                                 self.group2ctxs[i])
        if conflict:
            raise _exe.bind_error(listed, _MXNetError(conflict))
        node_shapes = {}
        try:
            arg_shapes, out_shapes, aux_shapes = _infer.infer_shape(self.symbol, (), given, partial=True,
                                                                    nodes=node_shapes)
        except _MXNetError as e:
            if reshaping:
                raise
            raise _exe.bind_error(listed, e)
        known = {**dict(zip(self.arg_names, arg_shapes)), **dict(zip(self.aux_names, aux_shapes))}
        if not all(_exe.shape_complete(s) for s in list(known.values()) + list(out_shapes)):
            undecided = _exe.undecided_error("Shape", inputs, [known[n] for n in inputs], "None")
            raise _exe.bind_error(listed, undecided)
        types = {k: v for k, v in self._input_types(shapes).items() if k in inputs}   # MXNet skips the others
        if reshaping:           # Executor.reshape changes shapes only: every array keeps its bound type
            types = {k: source_exec.arg_dict[k].dtype for k in types if k in source_exec.arg_dict}
        try:
            node_types = {}
            arg_types, out_types, aux_types = _infer.infer_type(self.symbol, (), types, partial=True, nodes=node_types)
            for where in {context, *placement.values()}:    # MXNet's CPU-only build refuses a GPU here
                ctx.placed(where)
        except _MXNetError as e:
            if reshaping:
                raise
            raise _exe.bind_error(listed, e)
        if _exe.shares_a_name(self.arg_names):
            raise _exe.bind_error(listed, _exe.unallocated())
        if reshaping:       # (MXNet's Executor.reshape infers the shapes twice)
            _mkldnn_fusion.repeat_shape_logs(self.symbol._heads, times=1)
        else:               # before the arrays are allocated
            _exe.repeat_partition_logs(self.symbol, context, any(r != "null" for r in self.grad_req.values()))
        if not reshaping:
            try:
                _exe.refuse_dropped_identity_reads(self.symbol, context, self.grad_req)
            except _MXNetError as e:
                raise _exe.bind_error(listed, e)
        allocated = []

        def new(name, shape, dtype, stype="default"):
            where = placement.get(name, context)
            if stype == "default":
                arr = _ndarray._wrap(_np.zeros(shape, dtype or _np.float32), where)
            else:                   # a parameter (or gradient) MXNet keeps sparse
                arr = _sparse.zeros(stype, shape, where, dtype or _np.float32)
            allocated.append(arr)
            return arr

        self._custom_stypes = {}        # (Custom nodes': their Props asked once, by _bind_args)
        grown = dict(self.shared_data_arrays[i])    # the shared buffer takes what grew once the bind succeeds
        try:
            args, grads = self._bind_args(i, grown, given, arg_shapes, arg_types, source_exec, new)
        except _MXNetError as e:         # a check of the shared buffer (a reshape's checks come bare)
            if reshaping:
                raise
            raise _exe.bind_error(listed, e)
        aux = []
        for name, shape, dtype in zip(self.aux_names, aux_shapes, aux_types):
            old = source_exec.aux_dict.get(name) if source_exec is not None else None
            refusal = None if old is None or reshaping else _exe.sharing_refusal(name, shape, dtype, old, aux=True)
            if refusal is not None:
                raise _exe.bind_error(given, refusal)
            aux.append(old if old is not None and old.shape == tuple(shape) else new(name, shape, dtype))
        executor = _exe.Executor(self.symbol, context, args, grads, self.grad_req, aux, out_shapes=out_shapes,
                            node_shapes=node_shapes, group2ctx=self.group2ctxs[i], shared_exec=source_exec,
                            out_types=[t or _np.float32 for t in out_types], node_types=node_types,
                            node_stypes=self._custom_stypes)
        executor.outputs = [new(node.name, s, t)         # on the context of the node's group, as MXNet
                            for (node, _), s, t in zip(self.symbol._heads, out_shapes, out_types)]
        self._total_exec_bytes += sum(int(_np.prod(a.shape)) * _np.dtype(a.dtype).itemsize for a in allocated) >> 20
        self.shared_data_arrays[i].update(grown)
        return executor

    def _bind_args(self, i, buffer, given, arg_shapes, arg_types, source_exec, new):
        """(arguments, gradients) of device ``i``'s executor: shared parameters, inputs from the shared ``buffer``,
        new arrays."""
        stypes = _storage.argument_stypes(self.symbol)
        grad_stypes = {}
        if any(r != "null" for r in self.grad_req.values()):
            grad_stypes = _storage.gradient_stypes(self.symbol, stypes, self._custom_stypes)
        else:
            _storage.output_stypes(self.symbol, stypes, self._custom_stypes)
        args, grads = [], []
        for name, shape, dtype in zip(self.arg_names, arg_shapes, arg_types):
            shape = tuple(shape)
            shared = source_exec is not None and name in self.param_names
            reshaping = self._default_execs is not None and source_exec is self._default_execs[i]
            if shared and name not in source_exec.arg_dict:
                raise _exe.bind_error(given, _exe.missing_shared_array())
            if reshaping and name not in given and name in source_exec.arg_dict \
                    and source_exec.arg_dict[name].shape != shape:      # MXNet's Executor.reshape check
                raise _exe.unspecified_arg_changed(name)
            if reshaping and _is_np_shape() and name in source_exec.arg_dict \
                    and int(_np.prod(shape)) < source_exec.arg_dict[name].size:     # Executor.reshape's view of it
                raise _same_size_refusal(source_exec.arg_dict[name].size, int(_np.prod(shape)))
            if shared and reshaping and name in given and source_exec.arg_dict[name].shape != shape:
                # an input the module counts as a parameter (a label it was not told of) takes the shape
                # it is given, as Executor.reshape sizes every array it is given
                old_grad = source_exec.grad_dict.get(name)
                args.append(_exe._resized(source_exec.arg_dict[name], shape, source_exec.arg_dict[name].context))
                grads.append(None if old_grad is None else _exe._resized(old_grad, shape, old_grad.context))
                continue
            refusal = _exe.sharing_refusal(name, shape, dtype, source_exec.arg_dict[name]) if shared else None
            if refusal is not None:
                raise _exe.bind_error(given, refusal)
            from_buffer = name not in self.param_names      # an input: held in the shared buffer
            if shared:
                args.append(source_exec.arg_dict[name])
            elif from_buffer:
                args.append(self._from_buffer(buffer, name, name, shape, dtype or _np.float32, new, stypes[name],
                                              reshaping))
            else:
                args.append(new(name, shape, dtype, stypes[name]))
            grad = None
            if self.grad_req.get(name, "null") != "null":
                grad = source_exec.grad_dict.get(name) if shared else None
                if shared and grad is None and not reshaping:
                    raise _exe.bind_error(given, _exe.missing_shared_array())
                if grad is None and from_buffer:
                    grad = self._from_buffer(buffer, "grad of " + name, name, shape, dtype or _np.float32, new,
                                             grad_stypes[name], reshaping)
                grad = grad if grad is not None else new(name, shape, dtype, grad_stypes[name])
            grads.append(grad)
        return args, grads

    def _placement(self, i):
        """{node name: context} on device ``i`` for the nodes whose ``ctx_group`` group2ctxs maps."""
        return _placement.group_contexts(self.symbol, self.group2ctxs[i])

    @staticmethod
    def _from_buffer(buffer, key, name, shape, dtype, new, stype="default", reshaping=False):
        """The shared array ``key`` (input ``name`` or its gradient): reused when it fits, else a new one
        (remembered, and noted as MXNet's bucketing bind notes it, unless ``reshaping``: Executor.reshape leaves
        the buffer alone); a sparse one (``stype``) is new each time, as MXNet shares only dense ones."""
        if stype != "default":
            return new(name, shape, dtype, stype)
        old = buffer.get(key)
        if old is not None and old.size >= int(_np.prod(shape)) and old.dtype == dtype:
            if old.shape == shape:
                return old
            if _is_np_shape() and not reshaping and old.size != int(_np.prod(shape)):
                raise _same_size_refusal(old.size, int(_np.prod(shape)))     # NDArray::Reshape's check under it
            # a view, as MXNet's reuse: no read, so an error pending on the array stays pending
            return _ndarray._wrap(_ndarray.raw_data(old).reshape(-1)[:int(_np.prod(shape))].reshape(shape), old.context)
        if reshaping:
            return new(name, shape, dtype)
        if old is not None and old.size >= int(_np.prod(shape)):
            raise _exe.buffer_dtype_mismatch(old.dtype, dtype)
        if old is not None:
            _exe.note_regrown_input(key, shape, old.shape)
        buffer[key] = new(name, shape, dtype)
        return buffer[key]

    def _sliced_shape(self, shapes, i, major_axis):
        """The input descriptions of device ``i`` (its slice of the batch axis)."""
        sliced = []
        for desc, axis in zip(shapes, major_axis):
            shape = list(desc.shape)
            if axis >= 0:
                shape[axis] = self.slices[i].stop - self.slices[i].start
            sliced.append(DataDesc(desc.name, tuple(shape), desc.dtype, desc.layout))
        return sliced

    def install_monitor(self, mon):
        """Let ``mon`` watch every device's executor."""
        for exe in self.execs:
            mon.install(exe)
