"""``mx.executor_manager``: the legacy data-parallel executors FeedForward-era code drives by hand."""
import logging

import numpy as np

from . import ndarray as nd
from .base import mx_real_t
from .context import cpu
from .io import DataDesc


def _split_input_slice(batch_size, work_load_list):
    """Slices of ``range(batch_size)``, one per device, sized in proportion to ``work_load_list``."""
    total_work_load = sum(work_load_list)
    sizes = [round(work_load * batch_size / total_work_load) for work_load in work_load_list]
    if sum(sizes) < batch_size:
        sizes[-1] += batch_size - sum(sizes)
    slices, end = [], 0
    for size in sizes:
        begin = int(min(end, batch_size))
        end = int(min(begin + size, batch_size))
        if begin >= end:
            raise ValueError("Too many slices. Some splits are empty.")
        slices.append(slice(begin, end))
    return slices


def _check_arguments(symbol):
    """Raise ValueError when two arguments (or two auxiliary states) of ``symbol`` share a name."""
    arg_names = symbol.list_arguments()
    twice = [n for i, n in enumerate(arg_names) if n in arg_names[:i]]
    if twice:
        raise ValueError(f'Find duplicated argument name "{twice[0]}", please make the weight name non-duplicated'
                         f"(using name arguments), arguments are {arg_names}")
    aux_names = symbol.list_auxiliary_states()
    twice = [n for i, n in enumerate(aux_names) if n in aux_names[:i]]
    if twice:
        raise ValueError(f'Find duplicated auxiliary param name "{twice[0]}", please make the weight name '
                         f"non-duplicated(using name arguments), arguments are {arg_names}, "
                         f"auxiliary params are {aux_names}")


def _load_general(data, targets):
    """Copy each source into its target: one array, or (slice, array) pairs covering the batch."""
    for src, dst in zip(data, targets):
        if isinstance(dst, nd.NDArray):
            src.copyto(dst)
            continue
        assert dst[-1][0].stop == src.shape[0], \
            "Batch size miss match. Expected %d, got %d" % (dst[-1][0].stop, src.shape[0])
        for part, array in dst:
            src[part].copyto(array)


def _load_data(batch, targets):
    """Load the batch's data into the devices' slices."""
    _load_general(batch.data, targets)


def _load_label(batch, targets):
    """Load the batch's labels into the devices' slices."""
    _load_general(batch.label, targets)


def _bind_exec(sym, ctx, input_shapes, param_names, need_grad=False, base_exec=None, shared_data_arrays=None,
               input_types=None, logger=logging):
    """Bind ``sym`` on ``ctx``: parameters from ``base_exec`` when given, inputs reused from
    ``shared_data_arrays`` when they fit; ``need_grad`` is a bool or the set of arguments needing one."""
    arg_shapes, _, aux_shapes = sym.infer_shape(**input_shapes)
    assert arg_shapes is not None
    if input_types is None:
        input_types = {k: mx_real_t for k in input_shapes}
    arg_types, _, aux_types = sym.infer_type(**input_types)
    assert arg_types is not None
    arg_names = sym.list_arguments()
    grad_arrays = {} if need_grad is not False else None
    if need_grad is False:
        need_grad = set()
    elif need_grad is True:
        need_grad = set(arg_names) - set(input_shapes)
    elif not isinstance(need_grad, set):
        raise AssertionError("need_grad must be boolean or set.")
    grad_req = {name: ("write" if name in need_grad else "null") for name in arg_names}

    def shared_input(name, shape, dtype):
        """An input array: a reshaped view of the shared one when it is large enough, else a new one (shared)."""
        if shared_data_arrays is not None and name in shared_data_arrays:
            arr = shared_data_arrays[name]
            if np.prod(arr.shape) >= np.prod(shape):
                assert dtype == arr.dtype
                return arr.reshape(shape)
            logger.warning(f'bucketing: data "{name}" has a shape {shape}, which is larger than already allocated '
                           f"shape {arr.shape}. Need to re-allocate. Consider putting default_bucket_key to be the "
                           "bucket taking the largest input for better memory sharing.")
        arr = nd.zeros(shape, ctx, dtype=dtype)
        if shared_data_arrays is not None:
            shared_data_arrays[name] = arr
        return arr

    arg_arrays = []
    for name, shape, dtype in zip(arg_names, arg_shapes, arg_types):
        if name not in param_names:
            arg_arrays.append(shared_input(name, shape, dtype))
        elif base_exec is None:
            arg_arrays.append(nd.zeros(shape, ctx, dtype=dtype))
            if name in need_grad:
                grad_arrays[name] = nd.zeros(shape, ctx, dtype=dtype)
        else:
            arr = base_exec.arg_dict[name]
            assert arr.shape == shape and arr.dtype == dtype
            arg_arrays.append(arr)
            if name in need_grad:
                grad_arrays[name] = base_exec.grad_dict[name]
    if base_exec is None:
        aux_arrays = [nd.zeros(s, ctx, dtype=t) for s, t in zip(aux_shapes, aux_types)]
    else:
        for shape, dtype, arr in zip(aux_shapes, aux_types, base_exec.aux_arrays):
            assert shape == arr.shape and dtype == arr.dtype
        aux_arrays = list(base_exec.aux_arrays)
    return sym.bind(ctx=ctx, args=arg_arrays, args_grad=grad_arrays, aux_states=aux_arrays, grad_req=grad_req,
                    shared_exec=base_exec)


class DataParallelExecutorGroup:
    """One training executor per context, each bound to its slice of the batch."""

    def __init__(self, sym, arg_names, param_names, ctx, slices, train_data, shared_group=None):
        _check_arguments(sym)
        self.shared_data_arrays = [{} for _ in ctx] if shared_group is None else shared_group.shared_data_arrays
        self.data_names = [x[0] for x in train_data.provide_data]
        self.label_names = [x[0] for x in train_data.provide_label]
        self.aux_names = sym.list_auxiliary_states()
        self.param_idx = [i for i in range(len(arg_names)) if arg_names[i] in param_names]
        self.param_names = [arg_names[i] for i in self.param_idx]
        self.train_execs = []
        for i, ctxi in enumerate(ctx):
            shapes, types = {}, {}
            for x in train_data.provide_data + train_data.provide_label:
                shapes[x[0]] = tuple([slices[i].stop - slices[i].start] + list(x[1][1:]))
                types[x[0]] = x.dtype if isinstance(x, DataDesc) else mx_real_t
            shared_exec = None if shared_group is None else shared_group.train_execs[i]
            self.train_execs.append(_bind_exec(sym, ctxi, shapes, self.param_names, need_grad=True,
                                               base_exec=shared_exec, shared_data_arrays=self.shared_data_arrays[i],
                                               input_types=types))
        execs = self.train_execs
        self.data_arrays = [[(slices[i], e.arg_dict[n]) for i, e in enumerate(execs)] for n in self.data_names]
        self.label_arrays = [[(slices[i], e.arg_dict[n]) for i, e in enumerate(execs)] for n in self.label_names]
        self.param_arrays = [[e.arg_arrays[i] for e in execs] for i in self.param_idx]
        self.grad_arrays = [[e.grad_arrays[i] for e in execs] for i in self.param_idx]
        self.aux_arrays = [[e.aux_arrays[i] for e in execs] for i in range(len(self.aux_names))]
        self.slices = slices

    def load_data_batch(self, data_batch):
        """Copy the batch's data and labels into the devices' slices."""
        _load_data(data_batch, self.data_arrays)
        _load_label(data_batch, self.label_arrays)

    def forward(self, is_train=False):
        for texec in self.train_execs:
            texec.forward(is_train=is_train)

    def backward(self):
        for texec in self.train_execs:
            texec.backward()

    def update_metric(self, metric, labels, pre_sliced=False):
        """Update ``metric`` with every device's outputs and its slice of ``labels``."""
        for i, (texec, part) in enumerate(zip(self.train_execs, self.slices)):
            labels_slice = labels[i] if pre_sliced else [label[part] for label in labels]
            metric.update(labels_slice, texec.outputs)


class DataParallelExecutorManager:
    """Executor groups over ``ctx`` (one per bucket with ``sym_gen``), fed batch by batch."""

    def __init__(self, symbol, ctx, train_data, arg_names, param_names, aux_names, work_load_list=None,
                 logger=None, sym_gen=None):
        logger = logging if logger is None else logger
        logger.info("Start training with %s", str(ctx))
        if work_load_list is None:
            work_load_list = [1] * len(ctx)
        assert isinstance(work_load_list, list) and len(work_load_list) == len(ctx), \
            "Invalid settings for work load. "
        self.slices = _split_input_slice(train_data.batch_size, work_load_list)
        self.arg_names, self.param_names, self.aux_names = arg_names, param_names, aux_names
        self.ctx = ctx
        self.execgrp = DataParallelExecutorGroup(symbol, arg_names, param_names, ctx, self.slices, train_data)
        self.symbol, self.sym_gen = symbol, sym_gen
        self.curr_execgrp = None          # set when a batch is loaded
        if sym_gen is not None:
            self.execgrp_bucket = {train_data.default_bucket_key: self.execgrp}

    def install_monitor(self, monitor):
        if self.sym_gen is not None:
            raise NotImplementedError("Monitoring is not implemented for bucketing")
        for train_exec in self.execgrp.train_execs:
            monitor.install(train_exec)

    def set_params(self, arg_params, aux_params):
        for texec in self.execgrp.train_execs:
            texec.copy_params_from(arg_params, aux_params)

    def copy_to(self, arg_params, aux_params):
        """Write the devices' average of every parameter into the given dicts in place."""
        for names, blocks, target in ((self.param_names, self.param_arrays, arg_params),
                                      (self.aux_names, self.aux_arrays, aux_params)):
            for name, block in zip(names, blocks):
                mean = sum(w.copyto(cpu()) for w in block) / len(block)
                mean.astype(target[name].dtype).copyto(target[name])

    @property
    def param_arrays(self):
        return self.execgrp.param_arrays

    @property
    def grad_arrays(self):
        return self.execgrp.grad_arrays

    @property
    def aux_arrays(self):
        return self.execgrp.aux_arrays

    def load_data_batch(self, data_batch):
        """Select (binding on first use) the batch's bucket and load the batch into it."""
        if self.sym_gen is not None:
            key = data_batch.bucket_key
            if key not in self.execgrp_bucket:
                self.execgrp_bucket[key] = DataParallelExecutorGroup(
                    self.sym_gen(key), self.arg_names, self.param_names, self.ctx, self.slices, data_batch,
                    shared_group=self.execgrp)
            self.curr_execgrp = self.execgrp_bucket[key]
        else:
            self.curr_execgrp = self.execgrp
        self.curr_execgrp.load_data_batch(data_batch)

    def forward(self, is_train=False):
        self.curr_execgrp.forward(is_train=is_train)

    def backward(self):
        self.curr_execgrp.backward()

    def update_metric(self, metric, labels, pre_sliced=False):
        self.curr_execgrp.update_metric(metric, labels, pre_sliced)
