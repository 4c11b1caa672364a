-- Names are searched without regard to case and accents: "toure" finds Touré, "sesay" finds Sésay.
CREATE FUNCTION participant.fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(lower($1), 'àáâãäåāăèéêëēěìíîïīòóôõöøōùúûüūůýÿçćčđğıłñńšśžźż',
                                'aaaaaaaaeeeeeeiiiiiooooooouuuuuuyycccdgilnnsszzz')
$$;
