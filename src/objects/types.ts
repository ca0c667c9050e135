// The static built-in type objects, declared in one place so that every type's file
// (and the VM) can refer to any of them without import cycles. Sizes are CPython
// 3.12's __basicsize__ / __itemsize__ on 64-bit Linux (spec/objects.md); the slots
// are filled in by each type's own file.
import {
  makeStaticType, ObjectType, TypeType, typeData,
  TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_LONG_SUBCLASS, TPFLAGS_LIST_SUBCLASS, TPFLAGS_TUPLE_SUBCLASS,
  TPFLAGS_BYTES_SUBCLASS, TPFLAGS_UNICODE_SUBCLASS, TPFLAGS_DICT_SUBCLASS,
} from "./typeobject.js";

export { ObjectType, TypeType };

const GC = TPFLAGS_HAVE_GC;
const BASE = TPFLAGS_BASETYPE;

export const NoneType = makeStaticType("NoneType", 16, 0, 0);
export const NotImplementedType = makeStaticType("NotImplementedType", 16, 0, 0);
export const EllipsisType = makeStaticType("ellipsis", 16, 0, 0);

export const IntType = makeStaticType("int", 24, 4, BASE | TPFLAGS_LONG_SUBCLASS);
export const BoolType = makeStaticType("bool", 24, 4, TPFLAGS_LONG_SUBCLASS, IntType);
export const FloatType = makeStaticType("float", 24, 0, BASE);
export const ComplexType = makeStaticType("complex", 32, 0, BASE);

export const StrType = makeStaticType("str", 64, 0, BASE | TPFLAGS_UNICODE_SUBCLASS);
export const BytesType = makeStaticType("bytes", 33, 1, BASE | TPFLAGS_BYTES_SUBCLASS);
export const ByteArrayType = makeStaticType("bytearray", 56, 0, BASE);

export const TupleType = makeStaticType("tuple", 24, 8, BASE | GC | TPFLAGS_TUPLE_SUBCLASS);
export const ListType = makeStaticType("list", 40, 0, BASE | GC | TPFLAGS_LIST_SUBCLASS);
export const DictType = makeStaticType("dict", 48, 0, BASE | GC | TPFLAGS_DICT_SUBCLASS);
export const SetType = makeStaticType("set", 200, 0, BASE | GC);
export const FrozenSetType = makeStaticType("frozenset", 200, 0, BASE | GC);

export const RangeType = makeStaticType("range", 48, 0, 0);
export const SliceType = makeStaticType("slice", 40, 0, GC);

export const CellType = makeStaticType("cell", 24, 0, GC);
export const CodeType = makeStaticType("code", 192, 2, 0);
export const FunctionType = makeStaticType("function", 144, 0, GC);
export const MethodType = makeStaticType("method", 48, 0, GC);
export const BuiltinFunctionType = makeStaticType("builtin_function_or_method", 56, 0, GC);
export const MethodDescrType = makeStaticType("method_descriptor", 56, 0, GC);
export const ClassMethodDescrType = makeStaticType("classmethod_descriptor", 56, 0, GC);
export const MemberDescrType = makeStaticType("member_descriptor", 48, 0, GC);
export const GetSetDescrType = makeStaticType("getset_descriptor", 48, 0, GC);
export const WrapperDescrType = makeStaticType("wrapper_descriptor", 56, 0, GC);
export const MethodWrapperType = makeStaticType("method-wrapper", 32, 0, GC);
export const ModuleType = makeStaticType("module", 56, 0, BASE | GC);
export const FrameType = makeStaticType("frame", 120, 8, GC);
export const TracebackType = makeStaticType("traceback", 40, 0, GC);
export const GeneratorType = makeStaticType("generator", 144, 8, GC);

export const PropertyType = makeStaticType("property", 64, 0, BASE | GC);
export const StaticMethodType = makeStaticType("staticmethod", 32, 0, BASE | GC);
export const ClassMethodType = makeStaticType("classmethod", 32, 0, BASE | GC);
export const SuperType = makeStaticType("super", 40, 0, BASE | GC);
export const MappingProxyType = makeStaticType("mappingproxy", 24, 0, GC);

// Iterators over built-in containers.
export const ListIterType = makeStaticType("list_iterator", 32, 0, GC);
export const ListRevIterType = makeStaticType("list_reverseiterator", 32, 0, GC);
export const TupleIterType = makeStaticType("tuple_iterator", 32, 0, GC);
export const StrIterType = makeStaticType("str_ascii_iterator", 32, 0, GC);
export const RangeIterType = makeStaticType("range_iterator", 40, 0, 0);
export const LongRangeIterType = makeStaticType("longrange_iterator", 40, 0, 0);
export const DictKeysType = makeStaticType("dict_keys", 24, 0, GC);
export const DictValuesType = makeStaticType("dict_values", 24, 0, GC);
export const DictItemsType = makeStaticType("dict_items", 24, 0, GC);
export const DictKeyIterType = makeStaticType("dict_keyiterator", 56, 0, GC);
export const DictValueIterType = makeStaticType("dict_valueiterator", 56, 0, GC);
export const DictItemIterType = makeStaticType("dict_itemiterator", 56, 0, GC);
export const SetIterType = makeStaticType("set_iterator", 48, 0, GC);
export const SeqIterType = makeStaticType("iterator", 32, 0, GC);
export const CallIterType = makeStaticType("callable_iterator", 32, 0, GC);
export const EnumerateType = makeStaticType("enumerate", 56, 0, BASE | GC);
export const ZipType = makeStaticType("zip", 48, 0, BASE | GC);
export const MapType = makeStaticType("map", 32, 0, BASE | GC);
export const FilterType = makeStaticType("filter", 32, 0, BASE | GC);
export const ReversedType = makeStaticType("reversed", 32, 0, BASE | GC);

// Measured on CPython 3.12.1: calling these types packs the arguments into a tuple
// (no tp_vectorcall; callargs.ts). float, bool, tuple, list, dict, set, frozenset,
// range, enumerate, reversed, map, filter, super and the exceptions have one.
for (const t of [IntType, StrType, BytesType, ByteArrayType, ComplexType, SliceType, PropertyType, StaticMethodType, ClassMethodType, ZipType]) {
  typeData(t).callPacksArgs = true;
}
