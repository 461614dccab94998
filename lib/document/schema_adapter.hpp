#pragma once
// mee's YAML tree as a valijson document, so that the schema check reads the
// tree itself instead of a copy of it as JSON (the copy was about a third of
// the schema check's allocations). It shows the tree exactly as to_json
// (yaml/scalar.hpp) does: scalars with their YAML 1.2 core schema types, and
// mappings without their null entries (documents.md: null means absent).

#include "yaml/json.hpp"
#include "yaml/tree.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include <cstdint>
#include <string>
#include <utility>

namespace valijson::adapters {

class MeeNodeAdapter;
class MeeArrayIterator;
class MeeObjectIterator;

using MeeObjectMember = std::pair<std::string, MeeNodeAdapter>;

class MeeArray {
public:
    using const_iterator = MeeArrayIterator;
    using iterator = MeeArrayIterator;

    MeeArray() = default;
    explicit MeeArray(const mee::Node& node) : node_(&node) {}
    MeeArrayIterator begin() const;
    MeeArrayIterator end() const;
    std::size_t size() const { return node_ != nullptr ? node_->items.size() : 0; }

private:
    const mee::Node* node_ = nullptr;
};

class MeeObject {
public:
    using const_iterator = MeeObjectIterator;
    using iterator = MeeObjectIterator;

    MeeObject() = default;
    explicit MeeObject(const mee::Node& node) : node_(&node) {}
    MeeObjectIterator begin() const;
    MeeObjectIterator end() const;
    MeeObjectIterator find(const std::string& name) const;
    std::size_t size() const
    {
        std::size_t n = 0;
        if (node_ != nullptr) {
            for (const mee::Entry& e : node_->entries)
                n += e.value.is_null() ? 0 : 1;
        }
        return n;
    }

private:
    const mee::Node* node_ = nullptr;
};

// A value kept beyond the tree's lifetime (valijson freezes values for
// `enum`, `const` and `uniqueItems`): as JSON, which is what it compares.
class MeeFrozenValue : public FrozenValue {
public:
    explicit MeeFrozenValue(nlohmann::json value) : value_(std::move(value)) {}
    FrozenValue* clone() const override { return new MeeFrozenValue(value_); }
    bool equalTo(const Adapter& other, bool strict) const override
    {
        return NlohmannJsonAdapter(value_).equalTo(other, strict);
    }

private:
    nlohmann::json value_;
};

class MeeValue {
public:
    MeeValue() = default;
    explicit MeeValue(const mee::Node& node) : node_(&node) {}

    FrozenValue* freeze() const { return new MeeFrozenValue(node_ != nullptr ? mee::to_json(*node_) : nullptr); }

    opt::optional<MeeArray> getArrayOptional() const
    {
        if (isArray()) return opt::make_optional(MeeArray(*node_));
        return {};
    }
    bool getArraySize(std::size_t& result) const
    {
        if (!isArray()) return false;
        result = node_->items.size();
        return true;
    }
    bool getBool(bool& result) const
    {
        if (!isBool()) return false;
        result = mee::to_json(*node_).get<bool>();
        return true;
    }
    bool getDouble(double& result) const
    {
        if (!isDouble()) return false;
        result = mee::to_json(*node_).get<double>();
        return true;
    }
    bool getInteger(std::int64_t& result) const
    {
        if (!isInteger()) return false;
        const nlohmann::json value = mee::to_json(*node_);
        if (!value.is_number_integer()) return false;
        result = value.get<std::int64_t>();
        return true;
    }
    opt::optional<MeeObject> getObjectOptional() const
    {
        if (isObject()) return opt::make_optional(MeeObject(*node_));
        return {};
    }
    bool getObjectSize(std::size_t& result) const
    {
        if (!isObject()) return false;
        result = MeeObject(*node_).size();
        return true;
    }
    bool getString(std::string& result) const
    {
        if (!isString()) return false;
        result = node_->value;
        return true;
    }
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return node_ != nullptr && node_->is_sequence(); }
    bool isBool() const { return type() == mee::ScalarType::boolean; }
    bool isDouble() const { return type() == mee::ScalarType::number || big_integer(); }
    bool isInteger() const { return type() == mee::ScalarType::integer && !big_integer(); }
    bool isNull() const { return node_ == nullptr || node_->is_null(); }
    bool isNumber() const { return type() == mee::ScalarType::integer || type() == mee::ScalarType::number; }
    bool isObject() const { return node_ != nullptr && node_->is_mapping(); }
    bool isString() const { return type() == mee::ScalarType::string; }

private:
    // The core schema type of a scalar; null for everything else.
    mee::ScalarType type() const
    {
        return node_ != nullptr && node_->is_scalar() ? mee::scalar_type(*node_) : mee::ScalarType::null;
    }
    // An integer too large for 64 bits, which to_json makes a double.
    bool big_integer() const { return type() == mee::ScalarType::integer && !mee::to_json(*node_).is_number_integer(); }

    const mee::Node* node_ = nullptr;
};

class MeeNodeAdapter : public BasicAdapter<MeeNodeAdapter, MeeArray, MeeObjectMember, MeeObject, MeeValue> {
public:
    MeeNodeAdapter() = default;
    explicit MeeNodeAdapter(const mee::Node& node) : BasicAdapter(MeeValue{node}) {}
};

class MeeArrayIterator {
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = MeeNodeAdapter;
    using difference_type = MeeNodeAdapter;
    using pointer = MeeNodeAdapter*;
    using reference = MeeNodeAdapter&;

    explicit MeeArrayIterator(const mee::Node* at) : at_(at) {}
    MeeNodeAdapter operator*() const { return MeeNodeAdapter(*at_); }
    DerefProxy<MeeNodeAdapter> operator->() const { return DerefProxy<MeeNodeAdapter>(**this); }
    bool operator==(const MeeArrayIterator& other) const { return at_ == other.at_; }
    bool operator!=(const MeeArrayIterator& other) const { return at_ != other.at_; }
    const MeeArrayIterator& operator++()
    {
        ++at_;
        return *this;
    }
    MeeArrayIterator operator++(int)
    {
        MeeArrayIterator before(at_);
        ++at_;
        return before;
    }
    const MeeArrayIterator& operator--()
    {
        --at_;
        return *this;
    }
    void advance(std::ptrdiff_t n) { at_ += n; }

private:
    const mee::Node* at_;
};

// Walks a mapping's entries, passing over the null ones.
class MeeObjectIterator {
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = MeeObjectMember;
    using difference_type = MeeObjectMember;
    using pointer = MeeObjectMember*;
    using reference = MeeObjectMember&;

    MeeObjectIterator(const mee::Entry* at, const mee::Entry* first, const mee::Entry* last)
        : at_(at), first_(first), last_(last)
    {
        skip_forward();
    }
    MeeObjectMember operator*() const { return MeeObjectMember(at_->key, MeeNodeAdapter(at_->value)); }
    DerefProxy<MeeObjectMember> operator->() const { return DerefProxy<MeeObjectMember>(**this); }
    bool operator==(const MeeObjectIterator& other) const { return at_ == other.at_; }
    bool operator!=(const MeeObjectIterator& other) const { return at_ != other.at_; }
    const MeeObjectIterator& operator++()
    {
        ++at_;
        skip_forward();
        return *this;
    }
    MeeObjectIterator operator++(int)
    {
        MeeObjectIterator before = *this;
        ++(*this);
        return before;
    }
    const MeeObjectIterator& operator--()
    {
        do {
            --at_;
        } while (at_ != first_ && at_->value.is_null());
        return *this;
    }

private:
    void skip_forward()
    {
        while (at_ != last_ && at_->value.is_null())
            ++at_;
    }

    const mee::Entry* at_;
    const mee::Entry* first_;
    const mee::Entry* last_;
};

template <>
struct AdapterTraits<MeeNodeAdapter> {
    using DocumentType = mee::Node;
    static std::string adapterName() { return "MeeNodeAdapter"; }
};

inline MeeArrayIterator MeeArray::begin() const
{
    return MeeArrayIterator(node_ != nullptr ? node_->items.data() : nullptr);
}

inline MeeArrayIterator MeeArray::end() const
{
    return MeeArrayIterator(node_ != nullptr ? node_->items.data() + node_->items.size() : nullptr);
}

inline MeeObjectIterator MeeObject::begin() const
{
    if (node_ == nullptr) return MeeObjectIterator(nullptr, nullptr, nullptr);
    const mee::Entry* first = node_->entries.data();
    return MeeObjectIterator(first, first, first + node_->entries.size());
}

inline MeeObjectIterator MeeObject::end() const
{
    if (node_ == nullptr) return MeeObjectIterator(nullptr, nullptr, nullptr);
    const mee::Entry* first = node_->entries.data();
    const mee::Entry* last = first + node_->entries.size();
    return MeeObjectIterator(last, first, last);
}

inline MeeObjectIterator MeeObject::find(const std::string& name) const
{
    if (node_ == nullptr) return end();
    const mee::Entry* first = node_->entries.data();
    const mee::Entry* last = first + node_->entries.size();
    for (const mee::Entry* e = first; e != last; ++e) {
        if (e->key == name && !e->value.is_null()) return MeeObjectIterator(e, first, last);
    }
    return end();
}

}  // namespace valijson::adapters
